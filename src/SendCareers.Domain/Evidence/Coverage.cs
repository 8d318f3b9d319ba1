namespace SendCareers.Domain.Evidence;

/// <summary>Adds up individual assessments into a coverage row.</summary>
public static class Coverage
{
    public static CoverageRow Of(string group, IEnumerable<(DateOnly DateOfBirth, GatsbyAssessment Assessment)> people, DateOnly today)
    {
        var list = people.ToList();
        var sixteenPlus = list.Where(p => p.DateOfBirth.AddYears(16) <= today).ToList();
        return new CoverageRow(
            group,
            list.Count,
            list.Count(p => p.Assessment.EncountersThisYear > 0),
            list.Count(p => p.Assessment.EncountersInTotal >= GatsbyProgress.RecommendedEncounters),
            list.Count(p => p.Assessment.WorkplaceExperiences > 0),
            sixteenPlus.Count,
            sixteenPlus.Count(p => p.Assessment.WorkplaceExperiencesBy16 > 0));
    }
}
