namespace SendCareers.Domain.Reminders;

/// <summary>What a message is about. Check is a safeguarding check (DBS, insurance) with an expiry date.</summary>
public enum SubjectKind
{
    Placement = 1,
    Encounter,
    Check,
}
