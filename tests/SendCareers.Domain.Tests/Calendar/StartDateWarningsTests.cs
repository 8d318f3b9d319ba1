using SendCareers.Domain.Calendar;

namespace SendCareers.Domain.Tests.Calendar;

public sealed class StartDateWarningsTests
{
    [Fact]
    public void AnOrdinaryWeekday_HasNoWarning() =>
        Assert.Empty(StartDateWarnings.For(new DateOnly(2026, 12, 8)));

    [Fact]
    public void ASaturday_IsNamed() =>
        Assert.Equal(["Saturday 5 December 2026 is a Saturday"], StartDateWarnings.For(new DateOnly(2026, 12, 5)));

    [Theory]
    [InlineData(2027, 3, 26, "Friday 26 March 2027 is a bank holiday (Good Friday)")]
    [InlineData(2027, 5, 31, "Monday 31 May 2027 is a bank holiday (the spring bank holiday)")]
    [InlineData(2026, 8, 31, "Monday 31 August 2026 is a bank holiday (the summer bank holiday)")]
    [InlineData(2026, 12, 28, "Monday 28 December 2026 is a bank holiday (Boxing Day, moved from the weekend)")]
    public void BankHolidaysInEngland_AreNamed(int year, int month, int day, string expected) =>
        Assert.Equal([expected], StartDateWarnings.For(new DateOnly(year, month, day)));

    [Fact]
    public void ChristmasOnASaturday_IsBothWeekendAndBankHoliday()
    {
        var warnings = StartDateWarnings.For(new DateOnly(2027, 12, 25));

        Assert.Equal(["Saturday 25 December 2027 is a Saturday", "Saturday 25 December 2027 is a bank holiday (Christmas Day)"], warnings);
    }

    [Fact]
    public void ADayOutsideTheOpeningsDates_SaysWhichEnd()
    {
        var from = new DateOnly(2027, 1, 11);
        var to = new DateOnly(2027, 3, 26);

        Assert.Equal(["The opening starts on 11 January 2027, after this date"], StartDateWarnings.For(new DateOnly(2027, 1, 6), from, to));
        Assert.Equal(["The opening ends on 26 March 2027, before this date"], StartDateWarnings.For(new DateOnly(2027, 3, 30), from, to));
        Assert.Empty(StartDateWarnings.For(new DateOnly(2027, 2, 1), from, to));
    }
}
