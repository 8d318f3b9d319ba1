namespace SendCareers.Domain.Reminders;

/// <summary>
/// Why someone receives messages about a placement or encounter. The employer contact arranges it;
/// the supervisor works alongside the young person on the day and is often a different person.
/// </summary>
public enum RecipientRole
{
    EmployerContact = 1,
    Supervisor,
    JobCoach,
    YoungPerson,
    Family,

    /// <summary>A hub administrator, told when an employer's safeguarding check is about to run out.</summary>
    HubAdmin,
}
