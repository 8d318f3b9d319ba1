namespace SendCareers.Web.Placements;

/// <summary>The arrangements a job coach enters to confirm a placement (or to change them afterwards).</summary>
public sealed record ConfirmDetails(
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string SupervisorName,
    string? SupervisorEmail,
    string JobCoachUserId,
    string TravelPlan,
    string? Address = null,
    string? MeetingPoint = null);
