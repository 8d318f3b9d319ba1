namespace SendCareers.Domain.Safeguarding;

public enum CheckProblemKind
{
    Missing = 1,
    Expired,

    /// <summary>Valid today, but runs out before the activity ends.</summary>
    ExpiresDuring,
}
