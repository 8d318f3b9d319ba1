namespace SendCareers.Domain.Reminders;

/// <summary>
/// A hub's reminder choices. The defaults follow what users of similar systems ask for: a briefing a
/// week before (time to arrange travel and cover) and the day before (a nudge), a debrief while the
/// day is fresh, and one chaser if it goes unanswered.
/// </summary>
public sealed record ReminderSettings
{
    public static ReminderSettings Default { get; } = new();

    /// <summary>How long before the start each briefing is sent.</summary>
    public IReadOnlyList<TimeSpan> BriefingOffsets { get; init; } = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    /// <summary>How long after the end (or a rotation's end) the debrief request goes out.</summary>
    public TimeSpan DebriefDelay { get; init; } = TimeSpan.FromHours(2);

    /// <summary>How long a debrief may go unanswered before one chaser is sent.</summary>
    public TimeSpan ChaserDelay { get; init; } = TimeSpan.FromDays(3);

    /// <summary>
    /// A missed briefing is sent at once only if the next one is at least this far off; otherwise the
    /// next one does the job and nobody gets two messages within hours.
    /// </summary>
    public TimeSpan CatchUpGap { get; init; } = TimeSpan.FromHours(12);

    /// <summary>A debrief planned this long after the end is no longer worth asking for.</summary>
    public TimeSpan LateDebriefLimit { get; init; } = TimeSpan.FromDays(14);

    internal void Check()
    {
        if (BriefingOffsets.Any(o => o <= TimeSpan.Zero || o > TimeSpan.FromDays(90)))
        {
            throw new ArgumentException("Briefing offsets must be more than zero and no more than 90 days.", nameof(BriefingOffsets));
        }

        if (BriefingOffsets.Distinct().Count() != BriefingOffsets.Count)
        {
            throw new ArgumentException("Briefing offsets must not repeat.", nameof(BriefingOffsets));
        }

        if (DebriefDelay < TimeSpan.Zero || ChaserDelay <= TimeSpan.Zero || CatchUpGap < TimeSpan.Zero || LateDebriefLimit < TimeSpan.Zero)
        {
            throw new ArgumentException("Debrief delay, catch-up gap and late-debrief limit must not be negative; chaser delay must be positive.");
        }
    }
}
