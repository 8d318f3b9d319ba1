using BenchmarkDotNet.Attributes;
using SendCareers.Domain.Matching;

namespace SendCareers.Benchmarks;

/// <summary>Optimal allocation of a cohort to places, from plain lists (catalogue build, eligibility, scoring and the flow solve).</summary>
[MemoryDiagnoser]
[MedianColumn]
// Job mutators rather than [SimpleJob], so `--inProcess` runs this reduced job instead of adding a second one.
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1)]
public class CohortBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private List<MatchCandidate> _candidates = [];
    private List<MatchOpening> _openings = [];
    private OpeningCatalogue _catalogue = null!;

    [Params("200 → 500", "2,000 → 5,000", "20,000 → 50,000")]
    public string Cohort { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var (people, places) = Cohort switch
        {
            "200 → 500" => (200, 500),
            "2,000 → 5,000" => (2_000, 5_000),
            _ => (20_000, 50_000),
        };
        var world = new SyntheticWorld(seed: 1);
        _candidates = world.Candidates(people, seed: 4);
        _openings = world.OpeningsWithPlaces(places, seed: 5);
        _catalogue = OpeningCatalogue.Build(_openings);
    }

    [Benchmark(Description = "Allocate")]
    public CohortAllocation Allocate() => CohortAllocator.Allocate(_candidates, _openings, Today);

    /// <summary>The shipped method on a prepared catalogue: best 12 openings per person, then the optimality proof.</summary>
    [Benchmark(Description = "Allocate, prepared catalogue (best 12 + proof)")]
    public CohortAllocation AllocateTopK() => CohortAllocator.Allocate(_candidates, _catalogue, Today);

    /// <summary>The previous method, side by side: one flow solve over every eligible pair.</summary>
    [Benchmark(Baseline = true, Description = "Allocate, prepared catalogue (every pair at once)")]
    public CohortAllocation AllocateEveryPair() => CohortAllocator.Allocate(_candidates, _catalogue, Today, null, null, int.MaxValue);
}
