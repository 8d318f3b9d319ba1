using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Tests.Matching.MatchingExamples;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>Same inputs in any order give the same results; ties go to the lower id.</summary>
public class DeterminismTests
{
    [Fact]
    public void Rank_EqualScores_BreakTiesByOpeningId()
    {
        var result = Rank(Sam, AnimalCare with { Id = 30 }, AnimalCare with { Id = 5 }, AnimalCare with { Id = 12 });

        Assert.Equal([5, 12, 30], result.Ranked.Select(match => match.Opening.Id));
    }

    [Fact]
    public void Rank_OrdersByScoreThenId()
    {
        var result = Rank(
            Sam,
            AnimalCare with { Id = 1, Location = NorthOfLeeds(4) },
            AnimalCare with { Id = 2, Location = NorthOfLeeds(1) },
            AnimalCare with { Id = 3, Location = NorthOfLeeds(4) },
            AnimalCare with { Id = 4, IsOpen = false });

        Assert.Equal([2, 1, 3], result.Ranked.Select(match => match.Opening.Id));
        Assert.Equal([4], result.Excluded.Select(excluded => excluded.Opening.Id));
    }

    [Fact]
    public void Rank_RepeatedOpeningId_KeepsTheFirst()
    {
        var result = Rank(Sam, AnimalCare with { Id = 7, Title = "First" }, AnimalCare with { Id = 7, Title = "Second" });

        Assert.Equal("First", Assert.Single(result.Ranked).Opening.Title);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rank_ShuffledOpenings_GiveTheSameRanking(int seed)
    {
        var random = new Random(seed);
        var openings = RandomWorld.Openings(random, 300);
        var candidate = RandomWorld.Candidates(random, 1)[0];

        var expected = Describe(Matcher.Rank(candidate, openings, Today));
        for (var shuffle = 0; shuffle < 5; shuffle++)
        {
            var shuffled = openings.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, Describe(Matcher.Rank(candidate, shuffled, Today)));
        }
    }

    [Fact]
    public void RankCandidates_ShuffledCandidates_GiveTheSameRanking()
    {
        var random = new Random(9);
        var candidates = RandomWorld.Candidates(random, 200);
        var opening = RandomWorld.Openings(random, 1)[0] with { Location = RandomWorld.Centre };

        var expected = Describe(Matcher.RankCandidates(opening, candidates, Today));
        var shuffled = candidates.ToArray();
        random.Shuffle(shuffled);

        Assert.Equal(expected, Describe(Matcher.RankCandidates(opening, shuffled, Today)));
    }

    [Fact]
    public void Allocate_ShuffledInputs_GiveTheSameAllocation()
    {
        var random = new Random(4);
        var candidates = RandomWorld.Candidates(random, 120);
        var openings = RandomWorld.Openings(random, 60);

        var expected = Describe(CohortAllocator.Allocate(candidates, openings, Today));
        for (var shuffle = 0; shuffle < 3; shuffle++)
        {
            var c = candidates.ToArray();
            var o = openings.ToArray();
            random.Shuffle(c);
            random.Shuffle(o);
            Assert.Equal(expected, Describe(CohortAllocator.Allocate(c, o, Today)));
        }
    }

    private static string Describe(MatchList list) =>
        string.Join("\n", list.Ranked.Select(m => $"{m.Candidate.Id}>{m.Opening.Id}:{m.Score}:{string.Join("|", m.Reasons)}"))
        + "\n--\n"
        + string.Join("\n", list.Excluded.Select(e => $"{e.Candidate.Id}>{e.Opening.Id}:{e.Constraints}:{string.Join("|", e.Reasons)}"));

    private static string Describe(CohortAllocation allocation) =>
        string.Join("\n", allocation.Placed.Select(a => $"{a.Candidate.Id}>{a.Opening.Id}:{a.Score}"))
        + "\n--\n"
        + string.Join("\n", allocation.Unplaced.Select(u => $"{u.Candidate.Id}:{u.Reason}:{u.Explanation}"));
}
