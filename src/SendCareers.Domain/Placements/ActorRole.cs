namespace SendCareers.Domain.Placements;

/// <summary>
/// The capacity in which someone acts on a placement. System is the app itself (scheduled jobs),
/// so the audit trail shows when a move happened because a date arrived rather than because a person chose it.
/// A young person or their family may withdraw; everything else is done for them by staff.
/// </summary>
public enum ActorRole
{
    HubAdmin = 1,
    JobCoach,
    Employer,
    YoungPersonOrFamily,
    System,
}
