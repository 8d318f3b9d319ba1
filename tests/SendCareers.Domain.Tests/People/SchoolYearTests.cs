using SendCareers.Domain.People;

namespace SendCareers.Domain.Tests.People;

public class SchoolYearTests
{
    [Theory]
    [InlineData("2011-09-01", "2025-09-10", 9)]  // oldest in the year: born 1 September
    [InlineData("2012-08-31", "2025-09-10", 9)]  // youngest in the same year: born 31 August
    [InlineData("2012-09-01", "2025-09-10", 8)]  // one day later: a year below
    [InlineData("2009-03-15", "2026-07-20", 12)] // turned 16 in Y11 (2024/25), so Y12 until 31 August
    [InlineData("2009-03-15", "2026-09-01", 13)] // 1 September moves everyone up
    public void YearGroupOn_UsesFirstSeptemberCutOff(string born, string on, int expected)
    {
        Assert.Equal(expected, SchoolYear.YearGroupOn(DateOnly.Parse(born), DateOnly.Parse(on)));
    }

    [Theory]
    [InlineData("2010-11-23", "2026-11-22", 15)]
    [InlineData("2010-11-23", "2026-11-23", 16)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void AgeOn_CountsBirthdays(string born, string on, int expected)
    {
        Assert.Equal(expected, SchoolYear.AgeOn(DateOnly.Parse(born), DateOnly.Parse(on)));
    }

    [Theory]
    [InlineData("2026-08-31", 2025, "2025/26")]
    [InlineData("2026-09-01", 2026, "2026/27")]
    public void AcademicYear_StartsFirstSeptember(string on, int startYear, string label)
    {
        Assert.Equal(startYear, SchoolYear.AcademicYearStarting(DateOnly.Parse(on)));
        Assert.Equal(label, SchoolYear.AcademicYearLabel(startYear));
    }

    [Theory]
    [InlineData("2025-09-10")]
    [InlineData("2026-08-31")]
    [InlineData("2026-09-01")]
    public void BirthDatesIn_AreExactlyThoseInTheYearGroup(string on)
    {
        var day = DateOnly.Parse(on);
        for (var yearGroup = SchoolYear.FirstYearGroup; yearGroup <= SchoolYear.LastYearGroup; yearGroup++)
        {
            var (first, last) = SchoolYear.BirthDatesIn(yearGroup, day);
            Assert.Equal(yearGroup, SchoolYear.YearGroupOn(first, day));
            Assert.Equal(yearGroup, SchoolYear.YearGroupOn(last, day));
            Assert.Equal(yearGroup + 1, SchoolYear.YearGroupOn(first.AddDays(-1), day));
            Assert.Equal(yearGroup - 1, SchoolYear.YearGroupOn(last.AddDays(1), day));
        }
    }
}
