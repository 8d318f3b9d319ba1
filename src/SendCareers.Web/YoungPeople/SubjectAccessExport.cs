namespace SendCareers.Web.YoungPeople;

/// <summary>Everything held about one young person, as exported for a subject access request.</summary>
public sealed record SubjectAccessExport(
    DateTime ExportedAtUtc,
    string School,
    IReadOnlyDictionary<string, string?> Profile,
    IReadOnlyList<SubjectAccessExport.ChangeRecord> ProfileChanges,
    IReadOnlyList<SubjectAccessExport.StatusChangeRecord> EhcpAndSchoolHistory,
    IReadOnlyList<SubjectAccessExport.PlacementRecord> Placements,
    IReadOnlyList<SubjectAccessExport.EncounterRecord> Encounters,
    IReadOnlyList<SubjectAccessExport.ReviewRecord> PreparingForAdulthoodReviews,
    IReadOnlyList<SubjectAccessExport.DestinationRecord> Destinations,
    IReadOnlyList<SubjectAccessExport.MessageRecord> Messages,
    IReadOnlyList<SubjectAccessExport.AuditRecord> AuditLog)
{
    public sealed record ChangeRecord(DateTime AtUtc, string By, string Field, string? Before, string? After);

    /// <summary>"EHCP from 3 March 2025", as the profile page shows it, and who recorded it.</summary>
    public sealed record StatusChangeRecord(DateOnly EffectiveFrom, string Change, DateTime RecordedAtUtc, string RecordedBy);

    public sealed record PlacementRecord(
        int Id, string Opening, string Employer, string State, DateTime ProposedAtUtc, DateTime? StartsAtUtc, DateTime? EndsAtUtc,
        int? MatchScore, string? MatchReasons, string? OverrideReason, string? SupervisorName, string? TravelPlan, string? EndReason,
        bool? PaidJobOffered, decimal? OutcomeHoursPerWeek, string? NextStep, string? HandoverNotes, IReadOnlyList<string> History,
        IReadOnlyList<string> Rotations, IReadOnlyList<string> SupportLog, IReadOnlyList<string> Debriefs);

    public sealed record EncounterRecord(int Id, string Title, string Employer, DateTime StartsAtUtc, string? Attendance, IReadOnlyList<string> Debriefs);

    public sealed record ReviewRecord(DateOnly HeldOn, bool EmploymentFocused, string? Notes);

    public sealed record DestinationRecord(DateOnly LeftOn, DateOnly CheckpointOn, string Destination, decimal? PaidHoursPerWeek, string? Notes, string? FamilyFeedback);

    public sealed record MessageRecord(string Kind, string Recipient, DateTime DueAtUtc, string State, DateTime? SentAtUtc);

    public sealed record AuditRecord(DateTime AtUtc, string? UserId, string Action, string? Detail);
}
