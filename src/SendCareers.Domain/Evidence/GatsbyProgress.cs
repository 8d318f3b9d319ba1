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

    public static GatsbyAssessment Assess(DateOnly dateOfBirth, IEnumerable<EvidenceItem> evidence, DateOnly today, bool somethingBooked)
    {
        var items = evidence.Where(i => i.Benchmark is not null && i.Date <= today).ToList();
        var year = SchoolYear.AcademicYearStarting(today);
        var thisYear = items.Where(i => SchoolYear.AcademicYearStarting(i.Date) == year).ToList();
        var workplaces = items.Where(i => i.Benchmark == GatsbyBenchmark.ExperienceOfWorkplaces).ToList();
        var sixteenth = dateOfBirth.AddYears(16);
        var eighteenth = dateOfBirth.AddYears(18);
        var by16 = workplaces.Count(i => i.Date < sixteenth);
        var by18 = workplaces.Count(i => i.Date < eighteenth);
        var age = SchoolYear.AgeOn(dateOfBirth, today);
        var bm5ThisYear = thisYear.Count(i => i.Benchmark == GatsbyBenchmark.EncounterWithEmployers);

        var gaps = new List<Gap>();
        if (thisYear.Count == 0)
        {
            gaps.Add(new(GapKind.NoEncounterThisYear, "You have not met an employer yet this year. Every young person should meet at least one employer each year."));
        }

        if (items.Count < RecommendedEncounters)
        {
            gaps.Add(new(GapKind.FewerThanFourEncounters,
                $"You have met {Employers(thisYear.Count)} this year and {Employers(items.Count)} in all. Most young people meet at least {RecommendedEncounters}."));
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

        return new GatsbyAssessment(year, thisYear.Count, items.Count, bm5ThisYear, workplaces.Count, by16, by18, gaps);
    }

    private static string Employers(int n) => n == 1 ? "1 employer" : $"{n} employers";

    private static string Workplaces(int n) => n == 1 ? "1 workplace" : $"{n} workplaces";
}
