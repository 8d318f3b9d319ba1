using System.Diagnostics;
using BenchmarkDotNet.Running;
using SendCareers.Benchmarks;
using SendCareers.Domain.Matching;

// `--smoke` times each scenario once with a stopwatch and prints the allocation's shape: a quick check
// before the full BenchmarkDotNet run, which takes several minutes.
if (args.Contains("--smoke"))
{
    Smoke.Run();
    return 0;
}

// `--delivery` times the real reminder dispatcher sending 10,000 due messages to a local SMTP server.
if (args.Contains("--delivery"))
{
    return await Delivery.RunAsync(args);
}

// `--region` writes a region-sized hub and times every page and export as each role (docs/benchmarks.md, section 6).
if (args.Contains("--region"))
{
    return await SendCareers.Benchmarks.Region.RegionPages.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(RankBenchmarks).Assembly).Run(args);
return 0;

internal static class Smoke
{
    public static void Run()
    {
        var today = new DateOnly(2026, 3, 2);
        var world = new SyntheticWorld(seed: 1);
        foreach (var count in new[] { 1_000, 10_000, 100_000 })
        {
            var catalogue = OpeningCatalogue.Build(world.Openings(count, seed: 2));
            var candidate = world.Candidates(1, seed: 3)[0];
            Matcher.Rank(candidate, catalogue, today);
            var watch = Stopwatch.StartNew();
            const int runs = 20;
            MatchList result = null!;
            for (var i = 0; i < runs; i++)
            {
                result = Matcher.Rank(candidate, catalogue, today);
            }

            Console.WriteLine($"Rank {count}: {watch.Elapsed.TotalMilliseconds / runs:0.00} ms, {result.Ranked.Count} ranked, {result.Excluded.Count} excluded");
        }

        var (request, employers) = RequestRankBenchmarks.Make(3_000, seed: 7);
        SendCareers.Domain.Requests.RequestRanker.Rank(request, employers);
        var requestWatch = Stopwatch.StartNew();
        SendCareers.Domain.Requests.RequestRanking ranking = null!;
        for (var i = 0; i < 20; i++)
        {
            ranking = SendCareers.Domain.Requests.RequestRanker.Rank(request, employers);
        }

        Console.WriteLine($"Rank 3000 employers for a request: {requestWatch.Elapsed.TotalMilliseconds / 20:0.00} ms, {ranking.Fits.Count} fit");

        foreach (var (people, places) in new[] { (200, 500), (2_000, 5_000), (20_000, 50_000) })
        {
            var candidates = world.Candidates(people, seed: 4);
            var openings = world.OpeningsWithPlaces(places, seed: 5);
            var catalogue = OpeningCatalogue.Build(openings);
            var fullWatch = Stopwatch.StartNew();
            var full = CohortAllocator.Allocate(candidates, catalogue, today, null, null, int.MaxValue);
            Console.WriteLine($"  every pair at once: {fullWatch.Elapsed.TotalMilliseconds:0} ms, {full.Placed.Count} placed, total score {full.TotalScore}");
            var topWatch = Stopwatch.StartNew();
            var proved = CohortAllocator.Allocate(candidates, catalogue, today);
            Console.WriteLine($"  best {CohortAllocator.CandidatesPerPerson} + proof: {topWatch.Elapsed.TotalMilliseconds:0} ms, {proved.Placed.Count} placed, total score {proved.TotalScore}, {proved.PairsAddedBack} pairs added back");
            var watch = Stopwatch.StartNew();
            var allocation = CohortAllocator.Allocate(candidates, openings, today);
            Console.WriteLine(
                $"Allocate {people} -> {places} places ({openings.Count} openings): {watch.Elapsed.TotalMilliseconds:0} ms, "
                + $"{allocation.Placed.Count} placed, {allocation.Unplaced.Count(u => u.Reason == UnplacedReason.NoEligibleOpening)} with no eligible opening, "
                + $"{allocation.Unplaced.Count(u => u.Reason == UnplacedReason.PlacesTakenByOthers)} outbid, total score {allocation.TotalScore}");
        }
    }
}
