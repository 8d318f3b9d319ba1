namespace SendCareers.Domain.Retention;

/// <summary>
/// The yearly destination checkpoints after leaving: on each anniversary of the leaving date, for the
/// first three years. A checkpoint recorded up to <see cref="EarlyDays"/> days before an anniversary
/// counts for it, since coaches ask when they can reach the family.
/// </summary>
public static class DestinationCheckpoints
{
    public const int EarlyDays = 60;

    /// <summary>The next yearly checkpoint not yet recorded; null before anyone has left or once all three are done.</summary>
    public static DateOnly? NextDue(IReadOnlyCollection<LeaverCheckpoint> checkpoints)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        if (checkpoints.Count == 0)
        {
            return null;
        }

        var leftOn = checkpoints.Max(c => c.LeftOn);
        var sinceLeaving = checkpoints.Where(c => c.LeftOn == leftOn).Select(c => c.CheckpointOn).ToList();
        for (var year = 1; year <= RetentionRule.MinimumTrackingYears; year++)
        {
            var due = Anniversary.After(leftOn, year);
            var opensOn = due.AddDays(-EarlyDays);
            if (!sinceLeaving.Any(on => on >= opensOn))
            {
                return due;
            }
        }

        return null;
    }
}
