namespace SendCareers.Domain.Reminders;

/// <summary>
/// One message the web layer should store and send when due. <see cref="DedupeKey"/> identifies it
/// for good: put a unique index on it, and upsert on it when re-planning. The content is rendered at send
/// time from the current data, so a message planned before a small edit still says the right thing.
/// </summary>
public sealed record PlannedMessage(
    string DedupeKey,
    ScheduleSubject Subject,
    MessageKind Kind,
    Recipient Audience,
    DateTimeOffset DueAt)
{
    /// <summary>For a chaser, the dedupe key of the debrief it follows up: cancel it when that debrief is answered.</summary>
    public string? Chases { get; init; }

    /// <summary>For a change notice, what changed.</summary>
    public ChangeReasons Reasons { get; init; }
}
