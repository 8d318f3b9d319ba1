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

    /// <summary>What is wrong with these settings, worded for the hub's settings form; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (BriefingOffsets.Count == 0)
        {
            problems.Add("Enter at least one time before the start to send a briefing");
        }

        if (BriefingOffsets.Any(o => o <= TimeSpan.Zero || o > MaximumOffset))
        {
            problems.Add($"Each briefing must be sent between 1 minute and {MaximumOffset.TotalDays:0} days before the start");
        }

        if (BriefingOffsets.Distinct().Count() != BriefingOffsets.Count)
        {
            problems.Add("Each briefing time must be different");
        }

        if (DebriefDelay < TimeSpan.Zero || DebriefDelay > TimeSpan.FromDays(14))
        {
            problems.Add("The debrief must be sent between 0 and 14 days after the end");
        }

        if (ChaserDelay <= TimeSpan.Zero || ChaserDelay > TimeSpan.FromDays(30))
        {
            problems.Add("The chaser must be sent between 1 minute and 30 days after the debrief");
        }

        if (CatchUpGap < TimeSpan.Zero || LateDebriefLimit < TimeSpan.Zero)
        {
            problems.Add("The catch-up gap and late-debrief limit must not be negative");
        }

        return problems;
    }

    private static readonly TimeSpan MaximumOffset = TimeSpan.FromDays(90);

    internal void Check()
    {
        if (Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(". ", problems) + ".");
        }
    }
}
