using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Tests.Reminders;

public class UkTimeTests
{
    [Theory]
    [InlineData("2026-12-01T09:30:00Z", "Tuesday 1 December 2026 at 9:30am")] // GMT: UK time is UTC
    [InlineData("2026-07-15T08:30:00Z", "Wednesday 15 July 2026 at 9:30am")]  // BST: UK time is UTC+1
    [InlineData("2026-07-15T11:00:00Z", "Wednesday 15 July 2026 at midday")]
    [InlineData("2026-12-01T17:00:00Z", "Tuesday 1 December 2026 at 5pm")]
    [InlineData("2026-10-25T00:59:00Z", "Sunday 25 October 2026 at 1:59am")] // last minute of BST
    [InlineData("2026-10-25T01:00:00Z", "Sunday 25 October 2026 at 1am")]    // clocks went back: 1am again, now GMT
    [InlineData("2026-12-31T23:00:00Z", "Thursday 31 December 2026 at 11pm")]
    [InlineData("2027-01-01T00:00:00Z", "Friday 1 January 2027 at midnight")]
    public void Format_UsesUkTimeInGovUkStyle(string utc, string expected)
    {
        Assert.Equal(expected, UkTime.Format(DateTimeOffset.Parse(utc)));
    }

    [Fact]
    public void FromUk_SummerAndWinter_UseTheRightOffset()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-07-15T08:30:00Z"), UkTime.FromUk(new DateOnly(2026, 7, 15), new TimeOnly(9, 30)));
        Assert.Equal(DateTimeOffset.Parse("2026-12-01T09:30:00Z"), UkTime.FromUk(new DateOnly(2026, 12, 1), new TimeOnly(9, 30)));
    }

    [Fact]
    public void FromUk_SkippedHourInMarch_MovesForward()
    {
        // 29 March 2026: 1am GMT becomes 2am BST, so 1:30am never happens on UK clocks.
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:30:00Z"), UkTime.FromUk(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
    }

    [Fact]
    public void FromUk_RepeatedHourInOctober_TakesTheFirst()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:30:00Z"), UkTime.FromUk(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));
    }

    [Fact]
    public void Shift_SevenDaysBackAcrossTheOctoberChange_KeepsTheWallClockTime()
    {
        var tuesdayAfterChange = UkTime.FromUk(new DateOnly(2026, 10, 27), new TimeOnly(9, 30));

        var weekBefore = UkTime.Shift(tuesdayAfterChange, TimeSpan.FromDays(-7));

        Assert.Equal("Tuesday 20 October 2026 at 9:30am", UkTime.Format(weekBefore));
        Assert.Equal(TimeSpan.FromDays(7) + TimeSpan.FromHours(1), tuesdayAfterChange - weekBefore);
    }

    [Fact]
    public void Shift_PartDays_AreExact()
    {
        var start = DateTimeOffset.Parse("2026-10-25T00:30:00Z");

        Assert.Equal(start.AddHours(2), UkTime.Shift(start, TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.Zero, UkTime.Shift(start, TimeSpan.FromHours(2)).Offset);
    }
}
