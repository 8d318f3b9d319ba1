using SendCareers.Domain.People;

namespace SendCareers.Domain.Ndti;

/// <summary>
/// Computes Section 1 of the NDTi Employment Pathways toolkit for the cohort aged 14 to 25 with an EHCP.
/// Someone is in a year's cohort when they are 14 to 25 on 1 September of that year and had an EHCP on any
/// day of it (1 September to 31 August), as their recorded history says (<see cref="NdtiPerson"/>): an EHCP
/// that starts in March counts for that whole year, and not for the years before. Work experience counts
/// under the setting and year group the young person was in on the day it started. Every count is of people,
/// at most once per row per year, so a placement also recorded as a destination is not counted twice. Job
/// starts with no hours recorded are left out of the 16-hour percentage.
/// </summary>
public static class NdtiSection1Calculator
{
    public const string Cohort = "Young people aged 14 to 25 with an EHCP";
    public const string EmploymentFocusedReviews = "% with an employment-focused Preparing for Adulthood review";
    public const string WorkExperiencePrefix = "Open employment work experience: ";
    public const string SupportedInternships = "Supported internships";
    public const string Apprenticeships = "Apprenticeships";
    public const string FirstPaidJobs = "First paid jobs (under 25)";
    public const string JobStartsAt16Hours = "% of job starts at 16 hours a week or more";

    public static readonly IReadOnlyList<string> WorkExperienceGroups = ["Y10", "Y11", "Y12", "Y13", "FE"];

    public const int Years = 5;

    public static NdtiSection1 Calculate(IEnumerable<NdtiPerson> people, IEnumerable<NdtiReview> reviews, IEnumerable<NdtiActivity> activities, int latestAcademicYear)
    {
        var years = Enumerable.Range(latestAcademicYear - Years + 1, Years).ToList();
        var persons = people.ToDictionary(p => p.Id);
        var reviewList = reviews.Where(r => persons.ContainsKey(r.PersonId)).ToList();
        var activityList = activities.Where(a => persons.ContainsKey(a.PersonId)).ToList();

        bool InCohort(NdtiPerson p, int year)
        {
            var age = SchoolYear.AgeOn(p.DateOfBirth, new DateOnly(year, 9, 1));
            return age is >= 14 and <= 25 && p.HadEhcpDuring(year);
        }

        static int YearOf(DateOnly d) => SchoolYear.AcademicYearStarting(d);

        IEnumerable<NdtiActivity> StartedIn(int year, NdtiActivityKind kind) => activityList
            .Where(a => a.Kind == kind && YearOf(a.StartedOn) == year && InCohort(persons[a.PersonId], year));

        static int People(IEnumerable<NdtiActivity> activities) => activities.Select(a => a.PersonId).Distinct().Count();

        var rows = new List<NdtiRow>
        {
            new(Cohort, years.Select(y => new NdtiFigure(persons.Values.Count(p => InCohort(p, y)))).ToList()),
            new(EmploymentFocusedReviews, years.Select(y =>
            {
                var cohort = persons.Values.Where(p => InCohort(p, y)).Select(p => p.Id).ToHashSet();
                var focused = reviewList.Where(r => r.EmploymentFocused && YearOf(r.HeldOn) == y && cohort.Contains(r.PersonId)).Select(r => r.PersonId).Distinct().Count();
                return new NdtiFigure(focused, cohort.Count);
            }).ToList()),
        };

        // Someone who moved from school to college during a year can count once under each.
        foreach (var group in WorkExperienceGroups)
        {
            rows.Add(new(WorkExperiencePrefix + group, years.Select(y => new NdtiFigure(People(
                StartedIn(y, NdtiActivityKind.OpenEmploymentWorkExperience).Where(a => GroupOf(persons[a.PersonId], a.StartedOn) == group)))).ToList()));
        }

        rows.Add(new(SupportedInternships, years.Select(y => new NdtiFigure(People(StartedIn(y, NdtiActivityKind.SupportedInternship)))).ToList()));
        rows.Add(new(Apprenticeships, years.Select(y => new NdtiFigure(People(StartedIn(y, NdtiActivityKind.Apprenticeship)))).ToList()));

        var firstJobs = activityList.Where(a => a.IsJobStart)
            .GroupBy(a => a.PersonId)
            .Select(g => g.MinBy(a => a.StartedOn)!)
            .Where(a => persons[a.PersonId].HadEhcpDuring(YearOf(a.StartedOn)) && SchoolYear.AgeOn(persons[a.PersonId].DateOfBirth, a.StartedOn) < 25)
            .ToList();
        rows.Add(new(FirstPaidJobs, years.Select(y => new NdtiFigure(firstJobs.Count(a => YearOf(a.StartedOn) == y))).ToList()));

        rows.Add(new(JobStartsAt16Hours, years.Select(y =>
        {
            var starts = activityList
                .Where(a => a.IsJobStart && YearOf(a.StartedOn) == y && InCohort(persons[a.PersonId], y))
                .GroupBy(a => a.PersonId)
                .Select(g => g.Max(a => a.HoursPerWeek))
                .Where(h => h is not null)
                .ToList();
            return new NdtiFigure(starts.Count(h => h >= 16), starts.Count);
        }).ToList()));

        return new NdtiSection1(years, rows);
    }

    /// <summary>On the given day: "Y10" to "Y13" by national curriculum year, or "FE" at a college or from Y14; null below Y10.</summary>
    public static string? GroupOf(NdtiPerson person, DateOnly on)
    {
        var yearGroup = SchoolYear.YearGroupOn(person.DateOfBirth, on);
        if (person.AtCollegeOn(on) || yearGroup >= 14)
        {
            return "FE";
        }

        return yearGroup is >= 10 and <= 13 ? $"Y{yearGroup}" : null;
    }
}
