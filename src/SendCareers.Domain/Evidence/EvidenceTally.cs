using SendCareers.Domain.People;

namespace SendCareers.Domain.Evidence;

/// <summary>
/// A young person's evidence for one academic year, counted: everything that counts for a benchmark, the
/// encounters that count for Benchmark 5, and the workplace experiences, with how many of them came before
/// the person was 16 and before 18. Enough to assess them (<see cref="GatsbyProgress.Assess(DateOnly, IEnumerable{EvidenceTally}, DateOnly, bool)"/>)
/// without reading every encounter they went to, so a region's reports read one small row per person and year.
/// </summary>
public sealed record EvidenceTally(int AcademicYear, int Items, int Benchmark5, int Workplaces, int WorkplacesBefore16, int WorkplacesBefore18)
{
    /// <summary>The tallies of a young person's evidence, one per academic year with any; items with no benchmark (paid work) are left out.</summary>
    public static IReadOnlyList<EvidenceTally> Of(DateOnly dateOfBirth, IEnumerable<EvidenceItem> evidence)
    {
        var sixteenth = dateOfBirth.AddYears(16);
        var eighteenth = dateOfBirth.AddYears(18);
        return evidence.Where(i => i.Benchmark is not null)
            .GroupBy(i => SchoolYear.AcademicYearStarting(i.Date))
            .OrderBy(g => g.Key)
            .Select(g => new EvidenceTally(
                g.Key,
                g.Count(),
                g.Count(i => i.Benchmark == GatsbyBenchmark.EncounterWithEmployers),
                g.Count(i => i.Benchmark == GatsbyBenchmark.ExperienceOfWorkplaces),
                g.Count(i => i.Benchmark == GatsbyBenchmark.ExperienceOfWorkplaces && i.Date < sixteenth),
                g.Count(i => i.Benchmark == GatsbyBenchmark.ExperienceOfWorkplaces && i.Date < eighteenth)))
            .ToList();
    }
}
