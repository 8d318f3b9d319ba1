using SendCareers.Domain.Retention;

namespace SendCareers.Domain.Tests.Retention;

public class RetentionRuleTests
{
    private static readonly RetentionRule Rule = new();

    private static LeaverCheckpoint Checkpoint(string left, string on) => new(DateOnly.Parse(left), DateOnly.Parse(on));

    [Fact]
    public void NoDestination_HasNotLeft_NeverDue()
    {
        Assert.Null(Rule.For([]));
    }

    [Fact]
    public void CheckpointsStopEarly_TrackingStillRunsThreeYearsAfterLeaving()
    {
        var retention = Rule.For([Checkpoint("2020-07-17", "2020-07-17"), Checkpoint("2020-07-17", "2021-07-20")])!;

        Assert.Equal(DateOnly.Parse("2023-07-17"), retention.TrackingEndsOn);
        Assert.Equal(DateOnly.Parse("2026-07-17"), retention.RemoveOn);
    }

    [Fact]
    public void CheckpointAfterThreeYears_ExtendsTracking()
    {
        // One school tracks for four years: the last checkpoint says when tracking ended.
        var retention = Rule.For([Checkpoint("2020-07-17", "2020-07-17"), Checkpoint("2020-07-17", "2024-07-01")])!;

        Assert.Equal(DateOnly.Parse("2024-07-01"), retention.TrackingEndsOn);
        Assert.Equal(DateOnly.Parse("2027-07-01"), retention.RemoveOn);
    }

    [Fact]
    public void LeftAgain_CountsFromTheLastLeaving()
    {
        var retention = Rule.For([Checkpoint("2018-07-20", "2018-07-20"), Checkpoint("2021-07-16", "2021-07-16")])!;

        Assert.Equal(DateOnly.Parse("2021-07-16"), retention.LeftOn);
        Assert.Equal(DateOnly.Parse("2027-07-16"), retention.RemoveOn);
    }

    [Theory]
    [InlineData("2026-07-16", false)] // the day before
    [InlineData("2026-07-17", true)]  // exactly on the date
    [InlineData("2026-07-18", true)]
    public void Due_OnTheRemovalDateAndAfter(string today, bool due)
    {
        var retention = Rule.For([Checkpoint("2020-07-17", "2020-07-17")])!;

        Assert.Equal(due, retention.IsDueOn(DateOnly.Parse(today)));
    }

    [Fact]
    public void LeftOnLeapDay_AnniversariesFallOnFirstMarch()
    {
        // 2024-02-29 + 3 years is 1 March 2027 (not 28 February, a day short); + 3 more is 1 March 2030.
        var retention = Rule.For([Checkpoint("2024-02-29", "2024-02-29")])!;

        Assert.Equal(DateOnly.Parse("2027-03-01"), retention.TrackingEndsOn);
        Assert.Equal(DateOnly.Parse("2030-03-01"), retention.RemoveOn);
        Assert.False(retention.IsDueOn(DateOnly.Parse("2030-02-28")));
        Assert.True(retention.IsDueOn(DateOnly.Parse("2030-03-01")));
    }

    [Fact]
    public void TrackingEndsOnLeapDay_RemovalOnLeapDayWhenThePeriodLandsOnALeapYear()
    {
        var fourYears = new RetentionRule(4);
        var retention = fourYears.For([Checkpoint("2021-02-28", "2024-02-29")])!;

        Assert.Equal(DateOnly.Parse("2024-02-29"), retention.TrackingEndsOn);
        Assert.Equal(DateOnly.Parse("2028-02-29"), retention.RemoveOn);
    }

    [Theory]
    [InlineData(0, "2023-07-17")]
    [InlineData(1, "2024-07-17")]
    [InlineData(7, "2030-07-17")]
    public void ConfiguredPeriod_IsAddedToTheEndOfTracking(int years, string removeOn)
    {
        var retention = new RetentionRule(years).For([Checkpoint("2020-07-17", "2020-07-17")])!;

        Assert.Equal(DateOnly.Parse(removeOn), retention.RemoveOn);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void ImpossiblePeriod_IsRefused(int years)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionRule(years));
    }

    [Fact]
    public void DefaultPeriod_IsThreeYears()
    {
        Assert.Equal(3, Rule.YearsAfterTrackingEnds);
    }
}
