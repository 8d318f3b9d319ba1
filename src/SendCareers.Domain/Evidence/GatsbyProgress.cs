using SendCareers.Domain.People;

namespace SendCareers.Domain.Evidence;

/// <summary>
/// Counts a young person's evidence against Benchmark 5 (an encounter with employers every year; four or
/// more in all, the figure behind "five times less likely to be NEET") and Benchmark 6 (a workplace
/// experience by 16 and another by 18). Every attended encounter and completed placement is an encounter
/// with an employer; paid work is not counted, as the benchmarks leave part-time jobs out.
/// </summary>
public static class GatsbyProgress
{
    public const int RecommendedEncounters = 4;

    public static GatsbyAssessment Assess(DateOnly dateOfBirth, IEnumerable<EvidenceItem> evidence, DateOnly today, bool somethingBooked) =>
        Assess(dateOfBirth, EvidenceTally.Of(dateOfBirth, evidence.Where(i => i.Date <= today)), today, somethingBooked);

    /// <summary>The same assessment from the person's evidence counted per academic year (kept by the app as evidence changes).</summary>
    public static GatsbyAssessment Assess(DateOnly dateOfBirth, IEnumerable<EvidenceTally> tallies, DateOnly today, bool somethingBooked)
    {
        var list = tallies.ToList();
        var year = SchoolYear.AcademicYearStarting(today);
        var thisYearTally = list.Where(t => t.AcademicYear == year).ToList();
        var thisYear = thisYearTally.Sum(t => t.Items);
        var allItems = list.Sum(t => t.Items);
        var workplaces = list.Sum(t => t.Workplaces);
        var by16 = list.Sum(t => t.WorkplacesBefore16);
        var by18 = list.Sum(t => t.WorkplacesBefore18);
        var age = SchoolYear.AgeOn(dateOfBirth, today);
        var bm5ThisYear = thisYearTally.Sum(t => t.Benchmark5);

        var gaps = new List<Gap>();
        if (thisYear == 0)
        {
            gaps.Add(new(GapKind.NoEncounterThisYear, "You have not met an employer yet this year. Every young person should meet at least one employer each year."));
        }

        if (allItems < RecommendedEncounters)
        {
            gaps.Add(new(GapKind.FewerThanFourEncounters,
                $"You have met {Employers(thisYear)} this year and {Employers(allItems)} in all. Most young people meet at least {RecommendedEncounters}."));
        }

        // From 15 the first workplace experience is due within a year, so it shows as a gap to act on.
        if (age >= 15 && by16 == 0)
        {
            gaps.Add(new(GapKind.NoWorkplaceBy16, age < 16
                ? "You have not been to a workplace yet. Young people should have been to one by the time they are 16."
                : "You did not go to a workplace before you were 16. It is not too late: we will find one for you."));
        }

        if (age >= 17 && by18 < 2)
        {
            gaps.Add(new(GapKind.NoSecondWorkplaceBy18,
                $"You have been to {Workplaces(by18)}{(age < 18 ? "" : " before you were 18")}. Young people should have been to 2 by the time they are 18."));
        }

        if (!somethingBooked)
        {
            gaps.Add(new(GapKind.NothingBooked, "Nothing is booked for you at the moment."));
        }

        return new GatsbyAssessment(year, thisYear, allItems, bm5ThisYear, workplaces, by16, by18, gaps);
    }

    private static string Employers(int n) => n == 1 ? "1 employer" : $"{n} employers";

    private static string Workplaces(int n) => n == 1 ? "1 workplace" : $"{n} workplaces";
}
