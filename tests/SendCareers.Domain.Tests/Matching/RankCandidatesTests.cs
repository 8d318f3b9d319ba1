using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Tests.Matching.MatchingExamples;

namespace SendCareers.Domain.Tests.Matching;

public class RankCandidatesTests
{
    [Fact]
    public void RankCandidates_OrdersByScoreThenId_AndExplainsExclusions()
    {
        MatchCandidate[] candidates =
        [
            Sam with { Id = 9, PreferredName = "Ava", Home = NorthOfLeeds(1) },
            Sam with { Id = 3, PreferredName = "Ben", Home = NorthOfLeeds(2) },
            Sam with { Id = 4, PreferredName = "Cal", Home = NorthOfLeeds(2) },
            Sam with { Id = 2, PreferredName = "Dee", AvoidSectors = [Sector.AnimalCare] },
        ];

        var result = Matcher.RankCandidates(AnimalCare with { Location = MatchingExamples.Leeds }, candidates, Today);

        Assert.Equal([9, 3, 4], result.Ranked.Select(match => match.Candidate.Id));
        Assert.Equal("1.0 km away — within Ava's 5 km range", result.Ranked[0].Reasons[0]);
        var excluded = Assert.Single(result.Excluded);
        Assert.Equal(["Animal care is a sector Dee wants to avoid"], excluded.Reasons);
    }

    [Fact]
    public void RankCandidates_GivesTheSameScoresAndReasonsAsRank()
    {
        var random = new Random(11);
        var candidates = RandomWorld.Candidates(random, 50);
        var opening = RandomWorld.Openings(random, 1)[0] with { IsOpen = true };

        var byOpening = Matcher.RankCandidates(opening, candidates, Today);

        foreach (var match in byOpening.Ranked)
        {
            var byCandidate = Assert.Single(Matcher.Rank(match.Candidate, [opening], Today).Ranked);
            Assert.Equal(byCandidate.Score, match.Score);
            Assert.Equal(byCandidate.Reasons, match.Reasons);
        }

        foreach (var excluded in byOpening.Excluded)
        {
            var byCandidate = Assert.Single(Matcher.Rank(excluded.Candidate, [opening], Today).Excluded);
            Assert.Equal(byCandidate.Reasons, excluded.Reasons);
        }
    }
}
