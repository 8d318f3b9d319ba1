using System.Text;

namespace SendCareers.Domain.Reminders;

/// <summary>
/// Back-off for messages the mail server refused or could not take. The default waits 1, 5, 15, 60 and
/// 240 minutes (about five and a half hours in all, so a 30-minute outage loses nothing), then gives up.
/// Each wait is moved by up to ±20% so that thousands of messages failed by one outage do not all retry
/// in the same second; the amount comes from the message id, so it is the same on every run and in tests.
/// </summary>
public sealed class SmtpRetryPolicy
{
    public SmtpRetryPolicy(IReadOnlyList<TimeSpan> delays, double jitterFraction)
    {
        if (delays.Count == 0 || delays.Any(d => d <= TimeSpan.Zero))
        {
            throw new ArgumentException("Give at least one delay, each more than zero.", nameof(delays));
        }

        if (jitterFraction is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(jitterFraction), jitterFraction, "Jitter must be at least 0 and less than 1.");
        }

        Delays = delays.ToArray();
        JitterFraction = jitterFraction;
    }

    public static SmtpRetryPolicy Default { get; } = new(
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(240)],
        jitterFraction: 0.2);

    public IReadOnlyList<TimeSpan> Delays { get; }

    public double JitterFraction { get; }

    /// <summary>The first try plus one retry per delay.</summary>
    public int MaxAttempts => Delays.Count + 1;

    /// <summary>
    /// Call after attempt number <paramref name="attemptsMade"/> (1 for the first try) has failed at <paramref name="failedAt"/>.
    /// </summary>
    public RetryDecision AfterFailure(string messageId, int attemptsMade, DateTimeOffset failedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptsMade, 1);
        if (attemptsMade >= MaxAttempts)
        {
            return RetryDecision.Failed;
        }

        var delay = Delays[attemptsMade - 1];
        var jitter = delay * (JitterFraction * ((2 * UnitFraction($"{messageId}#{attemptsMade}")) - 1));
        // Whole seconds keep stored times tidy and comparisons exact.
        var wait = TimeSpan.FromSeconds(Math.Round((delay + jitter).TotalSeconds));
        return RetryDecision.RetryAt(failedAt.ToUniversalTime() + wait);
    }

    /// <summary>A number in [0, 1) from FNV-1a: stable across processes, unlike string.GetHashCode.</summary>
    private static double UnitFraction(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (hash >> 11) / (double)(1UL << 53);
    }
}
