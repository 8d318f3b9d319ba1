namespace SendCareers.Domain.Retention;

/// <summary>
/// How long a leaver's record is kept. Destinations are tracked for at least three years after leaving
/// (Gatsby Benchmark 3), longer if the school recorded later checkpoints; the record is kept for a
/// configurable number of years after that, then removed. Someone with no destination has not left.
/// </summary>
public sealed class RetentionRule
{
    public const int MinimumTrackingYears = 3;

    public const int DefaultYearsAfterTrackingEnds = 3;

    public const int MaximumYearsAfterTrackingEnds = 100;

    public RetentionRule(int yearsAfterTrackingEnds = DefaultYearsAfterTrackingEnds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yearsAfterTrackingEnds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yearsAfterTrackingEnds, MaximumYearsAfterTrackingEnds);
        YearsAfterTrackingEnds = yearsAfterTrackingEnds;
    }

    public int YearsAfterTrackingEnds { get; }

    /// <summary>Null for someone who has not left (no destination recorded).</summary>
    public LeaverRetention? For(IReadOnlyCollection<LeaverCheckpoint> checkpoints)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        if (checkpoints.Count == 0)
        {
            return null;
        }

        // Someone who came back and left again is tracked from the last time they left.
        var leftOn = checkpoints.Max(c => c.LeftOn);
        var lastCheckpoint = checkpoints.Max(c => c.CheckpointOn);
        var minimumEnd = Anniversary.After(leftOn, MinimumTrackingYears);
        var trackingEnds = lastCheckpoint > minimumEnd ? lastCheckpoint : minimumEnd;
        return new LeaverRetention(leftOn, trackingEnds, Anniversary.After(trackingEnds, YearsAfterTrackingEnds));
    }
}
