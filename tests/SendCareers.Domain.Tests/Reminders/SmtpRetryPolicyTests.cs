using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Tests.Reminders;

public class SmtpRetryPolicyTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 60)]
    [InlineData(5, 240)]
    public void AfterFailure_WaitsTheScheduledMinutesWithinTwentyPercent(int attemptsMade, int minutes)
    {
        var decision = SmtpRetryPolicy.Default.AfterFailure("message-123", attemptsMade, FailedAt);

        Assert.False(decision.GiveUp);
        var wait = decision.NextAttemptAt!.Value - FailedAt;
        Assert.InRange(wait, TimeSpan.FromMinutes(minutes * 0.8) - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(minutes * 1.2) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void AfterFailure_OnTheSixthAttempt_GivesUp()
    {
        Assert.Equal(6, SmtpRetryPolicy.Default.MaxAttempts);
        Assert.Equal(RetryDecision.Failed, SmtpRetryPolicy.Default.AfterFailure("message-123", 6, FailedAt));
        Assert.True(SmtpRetryPolicy.Default.AfterFailure("message-123", 9, FailedAt).GiveUp);
    }

    [Fact]
    public void AfterFailure_SameMessage_SameTimeEveryRun()
    {
        var first = SmtpRetryPolicy.Default.AfterFailure("placement:42:briefing-family:P7D:20261201T093000Z:fam-8", 3, FailedAt);
        var second = SmtpRetryPolicy.Default.AfterFailure("placement:42:briefing-family:P7D:20261201T093000Z:fam-8", 3, FailedAt);

        Assert.Equal(first, second);
        // Pinned so a change to the hash (which would reshuffle every stored retry) shows up here.
        Assert.Equal(FailedAt.AddSeconds(849), first.NextAttemptAt);
    }

    [Fact]
    public void AfterFailure_ManyMessages_SpreadOutWithinTheBound()
    {
        var waits = Enumerable.Range(1, 1000)
            .Select(i => SmtpRetryPolicy.Default.AfterFailure($"message-{i}", 4, FailedAt).NextAttemptAt!.Value - FailedAt)
            .ToList();

        Assert.All(waits, w => Assert.InRange(w.TotalMinutes, 48, 72));
        Assert.True(waits.Distinct().Count() > 500);
        Assert.InRange(waits.Average(w => w.TotalMinutes), 58, 62);
    }

    [Fact]
    public void AfterFailure_AttemptZero_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmtpRetryPolicy.Default.AfterFailure("m", 0, FailedAt));
    }
}
