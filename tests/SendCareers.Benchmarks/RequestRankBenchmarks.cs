using BenchmarkDotNet.Attributes;
using SendCareers.Domain.Places;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Benchmarks;

/// <summary>Ranking a region's employers for one school's request, with every reason written (goal: 3,000 under 10 ms).</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RequestRankBenchmarks
{
    private RequestFacts _request = null!;
    private List<EmployerCandidate> _employers = [];

    [Params(3_000)]
    public int Employers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_request, _employers) = Make(Employers, seed: 7);
    }

    [Benchmark(Description = "Rank employers for a request")]
    public RequestRanking Rank() => RequestRanker.Rank(_request, _employers);

    /// <summary>Employers scattered over a region about 60 miles across, with mixed offers, sectors, days, checks and asks.</summary>
    public static (RequestFacts Request, List<EmployerCandidate> Employers) Make(int count, int seed)
    {
        var random = new Random(seed);
        var sectors = Enum.GetValues<Sector>();
        var offers = Enum.GetValues<OfferKind>();
        var now = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        var school = new GeoPoint(53.80, -1.55);
        var employers = new List<EmployerCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var checks = new Dictionary<SafeguardingCheck, DateOnly>();
            if (random.NextDouble() < 0.8)
            {
                checks[SafeguardingCheck.EmployersLiabilityInsurance] = new DateOnly(2026, 11, 1).AddDays(random.Next(0, 400));
            }

            employers.Add(new EmployerCandidate(
                i + 1,
                $"Employer {i + 1}",
                [.. offers.Where(_ => random.NextDouble() < 0.4)],
                [sectors[random.Next(sectors.Length)], sectors[random.Next(sectors.Length)]],
                (WeekDays)random.Next(1, 32),
                random.Next(0, 8),
                random.NextDouble() < 0.3 ? null : random.Next(2, 40),
                new GeoPoint(53.3 + random.NextDouble(), -2.2 + (random.NextDouble() * 1.4)),
                (WorkplaceAccess)random.Next(0, 64),
                checks,
                random.NextDouble() < 0.5 ? random.Next(0, 40) : null,
                random.NextDouble() < 0.3 ? now.AddDays(-random.Next(0, 90)) : null,
                random.NextDouble() < 0.1 ? [DeclineReason.Dates] : []));
        }

        var request = new RequestFacts(OfferKind.TalkOrAssembly, [Sector.Construction, Sector.Engineering], WeekDays.Tuesday | WeekDays.Thursday, 1,
            RequestVenue.AtSchool, school, null, WorkplaceAccess.None, SafeguardingCheck.EmployersLiabilityInsurance, 1.5m,
            new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 18), now);
        return (request, employers);
    }
}
