namespace SendCareers.Domain.Evidence;

/// <summary>Where one young person stands against Benchmarks 5 and 6 on a given day.</summary>
public sealed record GatsbyAssessment(
    int AcademicYear,
    int EncountersThisYear,
    int EncountersInTotal,
    int Benchmark5ThisYear,
    int WorkplaceExperiences,
    int WorkplaceExperiencesBy16,
    int WorkplaceExperiencesBy18,
    IReadOnlyList<Gap> Gaps)
{
    public bool Has(GapKind kind) => Gaps.Any(g => g.Kind == kind);
}
