namespace SendCareers.Domain.Vocabulary;

public enum OrganisationSize
{
    Micro = 1,   // 1–9
    Small,       // 10–49
    Medium,      // 50–249
    Large,       // 250+
}
