namespace SendCareers.Domain.Vocabulary;

public enum DisabilityConfidentLevel
{
    NotYet = 0,
    Committed = 1,
    Employer = 2,
    Leader = 3,
}
