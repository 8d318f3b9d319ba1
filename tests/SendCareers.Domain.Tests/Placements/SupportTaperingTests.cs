using SendCareers.Domain.Placements.Internships;

namespace SendCareers.Domain.Tests.Placements;

public class SupportTaperingTests
{
    private static readonly DateOnly FirstWeek = new(2026, 9, 7);
    private static readonly DateOnly InternshipEnds = new(2027, 6, 25);

    private static SupportWeek[] Log(params decimal[] hours) =>
        hours.Select((h, i) => new SupportWeek(FirstWeek.AddDays(7 * i), h)).ToArray();

    [Fact]
    public void Assess_FallingHours_IsTapering()
    {
        var assessment = SupportTapering.Assess(Log(15, 14, 12, 10, 8, 6, 5), InternshipEnds);

        Assert.Equal(TaperingStatus.Tapering, assessment.Status);
        Assert.Equal("Support has fallen from about 13.7 hours to 6.3 hours a week.", assessment.Explanation);
    }

    [Fact]
    public void Assess_OneBusyWeekInAFall_IsStillTapering()
    {
        var assessment = SupportTapering.Assess(Log(12, 10, 14, 8, 6, 5), InternshipEnds);

        Assert.Equal(TaperingStatus.Tapering, assessment.Status);
    }

    [Fact]
    public void Assess_SteadyHours_IsFlatAndSuggestsAPlan()
    {
        var assessment = SupportTapering.Assess(Log(6, 6, 6.5m, 6, 6), InternshipEnds);

        Assert.Equal(TaperingStatus.Flat, assessment.Status);
        Assert.NotEmpty(assessment.SuggestedPlan);
        Assert.Equal(FirstWeek.AddDays(7 * 5), assessment.SuggestedPlan[0].WeekStarting);
    }

    [Fact]
    public void Assess_RisingHours_IsIncreasing()
    {
        var assessment = SupportTapering.Assess(Log(4, 5, 7, 9), InternshipEnds);

        Assert.Equal(TaperingStatus.Increasing, assessment.Status);
        Assert.Contains("Check whether the tasks", assessment.Explanation);
    }

    [Fact]
    public void Assess_ThreeWeeks_IsTooEarlyToTell()
    {
        var assessment = SupportTapering.Assess(Log(10, 8, 6), InternshipEnds);

        Assert.Equal(TaperingStatus.TooEarlyToTell, assessment.Status);
        Assert.Empty(assessment.SuggestedPlan);
    }

    [Fact]
    public void Assess_NegativeHours_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SupportTapering.Assess(Log(10, -1, 6, 5), InternshipEnds));
    }

    [Fact]
    public void SuggestPlan_TapersInHalfHoursAndHoldsAtTargetForTheLastFourWeeks()
    {
        var plan = SupportTapering.SuggestPlan(10m, FirstWeek, FirstWeek.AddDays(7 * 11), targetWeeklyHours: 1m);

        Assert.Equal(12, plan.Count);
        Assert.True(plan[0].DirectHours < 10m);
        Assert.All(plan.Zip(plan.Skip(1)), pair => Assert.True(pair.Second.DirectHours <= pair.First.DirectHours));
        Assert.All(plan, week => Assert.Equal(0m, (week.DirectHours * 2) % 1));
        Assert.All(plan.TakeLast(5), week => Assert.Equal(1m, week.DirectHours));
        Assert.Equal(1m, plan.Min(w => w.DirectHours));
    }

    [Fact]
    public void SuggestPlan_AlreadyAtTarget_StaysThere()
    {
        var plan = SupportTapering.SuggestPlan(2m, FirstWeek, FirstWeek.AddDays(21), targetWeeklyHours: 2m);

        Assert.Equal([2m, 2m, 2m, 2m], plan.Select(w => w.DirectHours));
    }
}
