using BenchmarkDotNet.Attributes;
using SendCareers.Domain.Matching;

namespace SendCareers.Benchmarks;

/// <summary>One young person's ranking against a prepared catalogue, and from a plain list (which builds the catalogue too).</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RankBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private List<MatchOpening> _openings = [];
    private OpeningCatalogue _catalogue = null!;
    private MatchCandidate _candidate = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Openings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var world = new SyntheticWorld(seed: 1);
        _openings = world.Openings(Openings, seed: 2);
        _catalogue = OpeningCatalogue.Build(_openings);
        _candidate = world.Candidates(1, seed: 3)[0];
    }

    [Benchmark(Baseline = true, Description = "Rank (prepared catalogue)")]
    public MatchList RankPrepared() => Matcher.Rank(_candidate, _catalogue, Today);

    [Benchmark(Description = "Rank + reasons for top 20")]
    public int RankAndExplainTop20()
    {
        var result = Matcher.Rank(_candidate, _catalogue, Today);
        var lines = 0;
        for (var i = 0; i < Math.Min(20, result.Ranked.Count); i++)
        {
            lines += result.Ranked[i].Reasons.Count;
        }

        return lines;
    }

    [Benchmark(Description = "Rank from list (builds catalogue)")]
    public MatchList RankFromList() => Matcher.Rank(_candidate, _openings, Today);
}
