using SendCareers.Domain.Matching;
using SendCareers.Domain.Places;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Tests.Requests;

/// <summary>
/// The fast ranker (score first, words only for those shown) must give exactly what the straightforward one gave:
/// the same employers in the same order, the same scores and the same reasons, on many random requests.
/// </summary>
public class RequestRankerAgreementTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 200)]
    [InlineData(3, 7)]
    [InlineData(4, 1)]
    [InlineData(5, 0)]
    public void Rank_AgreesWithTheReference_OnRandomRequests(int seed, int employers)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var (request, candidates) = Make(random, employers);
            var expected = ReferenceRequestRanker.Rank(request, candidates);
            var actual = RequestRanker.Rank(request, candidates);

            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    [Fact]
    public void Rank_WritesReasonsOnlyForTheFirstAskedFor_InTheSameOrder()
    {
        var random = new Random(11);
        var sawFits = 0;
        for (var round = 0; round < 200; round++)
        {
            var (request, candidates) = Make(random, 60);
            var expected = ReferenceRequestRanker.Rank(request, candidates);
            var actual = RequestRanker.Rank(request, candidates, reasonsFor: 5);

            Assert.Equal(expected.Fits.Select(f => (f.EmployerId, f.Score)), actual.Fits.Select(f => (f.EmployerId, f.Score)));
            Assert.Equal(expected.Fits.Take(5).Select(f => Lines(f.Reasons)), actual.Fits.Take(5).Select(f => Lines(f.Reasons)));
            Assert.All(actual.Fits.Skip(5), f => Assert.Empty(f.Reasons));
            Assert.Equal(expected.Closest.Select(c => (c.EmployerId, c.Score, string.Join("|", c.Reasons))), actual.Closest.Select(c => (c.EmployerId, c.Score, string.Join("|", c.Reasons))));
            sawFits += actual.Fits.Count > 5 ? 1 : 0;
        }

        Assert.True(sawFits > 20, $"only {sawFits} rounds had more than five fits");
    }

    [Fact]
    public void Rank_WhenNobodyFits_GivesTheSameClosestWithTheirReasons()
    {
        var random = new Random(21);
        for (var round = 0; round < 100; round++)
        {
            var (request, candidates) = Make(random, 30);
            candidates = [.. candidates.Select(c => c with { Offers = [] })];

            var expected = ReferenceRequestRanker.Rank(request, candidates);
            var actual = RequestRanker.Rank(request, candidates);

            Assert.Empty(actual.Fits);
            Assert.Equal(Math.Min(3, candidates.Count), actual.Closest.Count);
            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    private static string Describe(RequestRanking ranking) =>
        string.Join("\n", ranking.Fits.Select(f => $"fit {f.EmployerId} {f.Name} {f.Score}: {Lines(f.Reasons)}"))
        + "\n--\n"
        + string.Join("\n", ranking.Closest.Select(c => $"unfit {c.EmployerId} {c.Name} {c.Score}: {string.Join("|", c.Reasons)}"));

    private static string Lines(IReadOnlyList<MatchReason> reasons) => string.Join("|", reasons.Select(r => $"{r.Mark}:{r.Text}"));

    /// <summary>Small worlds with many ties (few distinct scores; ids unique, as in the database, but in shuffled order), employers without checks or places, and sometimes nobody eligible.</summary>
    private static (RequestFacts, List<EmployerCandidate>) Make(Random random, int count)
    {
        var sectors = Enum.GetValues<Sector>();
        var offers = Enum.GetValues<OfferKind>();
        var declines = Enum.GetValues<DeclineReason>();
        var school = new GeoPoint(53.80, -1.55);
        var today = new DateOnly(2026, 11, 23);
        var ids = Enumerable.Range(1, count).ToArray();
        random.Shuffle(ids);
        var employers = new List<EmployerCandidate>(count);
        for (var i = 0; i < count; i++)
        {
            var checks = new Dictionary<SafeguardingCheck, DateOnly>();
            foreach (var check in SafeguardingCheckExtensions.All)
            {
                if (random.NextDouble() < 0.5)
                {
                    checks[check] = today.AddDays(random.Next(-20, 60));
                }
            }

            employers.Add(new EmployerCandidate(
                ids[i],
                $"Employer {i + 1}",
                [.. offers.Where(_ => random.NextDouble() < 0.5)],
                [.. sectors.Where(_ => random.NextDouble() < 0.15)],
                (WeekDays)random.Next(0, 32),
                random.Next(0, 8),
                random.NextDouble() < 0.3 ? null : random.Next(1, 40),
                random.NextDouble() < 0.1 ? null : new GeoPoint(53.3 + random.NextDouble(), -2.2 + (random.NextDouble() * 1.4)),
                (WorkplaceAccess)random.Next(0, 64),
                checks,
                random.NextDouble() < 0.5 ? random.Next(-2, 6) / 2m : null,
                random.NextDouble() < 0.5 ? Now.AddHours(-random.Next(0, 24 * 45)) : null,
                random.NextDouble() < 0.3 ? [declines[random.Next(declines.Length)]] : []));
        }

        var venue = (RequestVenue)Enum.GetValues<RequestVenue>().GetValue(random.Next(Enum.GetValues<RequestVenue>().Length))!;
        var request = new RequestFacts(
            offers[random.Next(offers.Length)],
            [.. sectors.Where(_ => random.NextDouble() < 0.1)],
            (WeekDays)random.Next(1, 32),
            random.Next(1, 8),
            venue,
            random.NextDouble() < 0.1 ? null : school,
            random.NextDouble() < 0.3 ? null : random.Next(1, 40),
            (WorkplaceAccess)(random.NextDouble() < 0.5 ? 0 : random.Next(0, 64)),
            (SafeguardingCheck)random.Next(0, 16),
            random.Next(1, 6) / 2m,
            today,
            today.AddDays(random.Next(0, 40)),
            Now);
        return (request, employers);
    }
}
