using SendCareers.Domain.People;

namespace SendCareers.Domain.Tests.People;

public class YearlyRolloverTests
{
    [Theory]
    [InlineData("2027-05-31", 2026)] // May: still the year under way (a late rollover)
    [InlineData("2027-06-01", 2027)] // from June: the coming September
    [InlineData("2027-08-31", 2027)]
    [InlineData("2027-09-01", 2027)] // the new year has started: still it, until next June
    [InlineData("2027-12-05", 2027)]
    [InlineData("2028-01-10", 2027)]
    public void PreparedYear_IsTheComingSeptemberFromJune(string today, int expected)
    {
        Assert.Equal(expected, YearlyRollover.PreparedYear(DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2008-03-01", 14, 15, RolloverChoice.Leaves)] // Y14 now, post-Y14 next: leaves
    [InlineData("2007-09-01", 14, 15, RolloverChoice.Leaves)] // oldest in the year
    [InlineData("2008-08-31", 14, 15, RolloverChoice.Leaves)] // youngest in the same year
    [InlineData("2008-09-01", 13, 14, RolloverChoice.Stays)]  // one day younger: moves up to Y14
    [InlineData("2012-01-15", 10, 11, RolloverChoice.Stays)]
    public void YearGroupsAndDefault_LeavesOnlyPastTheLastYearGroup(string born, int now, int next, RolloverChoice expected)
    {
        var dob = DateOnly.Parse(born);
        Assert.Equal((now, next), YearlyRollover.YearGroups(dob, 2027));
        Assert.Equal(expected, YearlyRollover.DefaultChoice(dob, 2027));
    }

    [Fact]
    public void DefaultLeavingDate_IsTheEndOfTheSummerTerm_AndTheRangeCoversBothYears()
    {
        Assert.Equal(new DateOnly(2027, 7, 31), YearlyRollover.DefaultLeavingDate(2027));
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2028, 8, 31)), YearlyRollover.LeavingDateRange(2027));
    }

    [Theory]
    [InlineData(null, "2027-08-01", false)]
    [InlineData("2027-07-31", "2027-07-30", false)] // still at school until the leaving date
    [InlineData("2027-07-31", "2027-07-31", true)]
    [InlineData("2027-07-31", "2027-09-10", true)]
    public void HasLeft_FromTheLeavingDate(string? leftOn, string today, bool expected)
    {
        Assert.Equal(expected, YearlyRollover.HasLeft(leftOn is null ? null : DateOnly.Parse(leftOn), DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2027-05-31", new int[0], false)]  // before June nothing waits
    [InlineData("2027-06-01", new int[0], true)]
    [InlineData("2027-09-30", new[] { 2026 }, true)] // last year's does not count
    [InlineData("2027-09-30", new[] { 2027 }, false)]
    [InlineData("2027-10-01", new int[0], false)]    // after September it no longer nags
    public void IsWaiting_FromJuneToSeptember_UntilDone(string today, int[] done, bool expected)
    {
        Assert.Equal(expected, YearlyRollover.IsWaiting(DateOnly.Parse(today), done));
    }
}
