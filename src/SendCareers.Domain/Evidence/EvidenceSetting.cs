namespace SendCareers.Domain.Evidence;

/// <summary>
/// Where it happened. Internal means the school or college itself was the setting (a talk in school, or
/// work experience with the school as the workplace, as the SEND Gatsby toolkit allows for the most severe needs).
/// </summary>
public enum EvidenceSetting
{
    Internal = 1,
    External,
}
