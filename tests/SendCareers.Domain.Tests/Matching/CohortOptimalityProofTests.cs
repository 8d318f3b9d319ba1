using SendCareers.Domain.Matching;
using static SendCareers.Domain.Tests.Matching.MatchingExamples;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>
/// The allocator solves on each young person's best few openings and then proves the result optimal over
/// every pair. These tests compare it with a solve over every pair at once.
/// </summary>
public class CohortOptimalityProofTests
{
    private const int EveryPair = int.MaxValue;

    [Fact]
    public void Allocate_BestFewThenProof_PlacesAsManyWithTheSameTotalAsTheFullSolve()
    {
        var addedBack = 0;
        for (var seed = 1; seed <= 500; seed++)
        {
            var random = new Random(seed);
            var (candidates, openings, pins) = RandomCohort(random, seed);
            var catalogue = OpeningCatalogue.Build(openings);
            var full = CohortAllocator.Allocate(candidates, catalogue, Today, null, pins, EveryPair);

            foreach (var topK in new[] { 1, 2, 3, 8, CohortAllocator.CandidatesPerPerson, 1_000 })
            {
                var proved = CohortAllocator.Allocate(candidates, catalogue, Today, null, pins, topK);
                addedBack += proved.PairsAddedBack;

                Assert.True(full.Placed.Count == proved.Placed.Count, $"seed {seed}, K {topK}: placed {proved.Placed.Count}, full solve {full.Placed.Count}");
                Assert.True(full.TotalScore == proved.TotalScore, $"seed {seed}, K {topK}: total {proved.TotalScore}, full solve {full.TotalScore}");
                Assert.Equal(full.Pinned, proved.Pinned);
                Assert.Equal(full.Warnings, proved.Warnings);
                Assert.Equal(full.Unplaced.Count(u => u.Reason == UnplacedReason.NoEligibleOpening), proved.Unplaced.Count(u => u.Reason == UnplacedReason.NoEligibleOpening));
                AssertWithinPlaces(proved, openings);
            }
        }

        // The random cohorts must exercise the add-back path, or the comparison above proves little.
        Assert.True(addedBack > 100, $"only {addedBack} pairs were added back");
    }

    [Fact]
    public void Allocate_WhenTheBestAllocationIsUnique_BestFewThenProofFindsExactlyIt()
    {
        var unique = 0;
        for (var seed = 1; seed <= 400; seed++)
        {
            var random = new Random(seed);
            var candidates = RandomWorld.Candidates(random, random.Next(2, 7));
            var openings = RandomWorld.Openings(random, random.Next(1, 6), maxPlaces: 2);
            var optimal = OptimalAssignments(candidates, openings);
            if (optimal.Count != 1)
            {
                continue;
            }

            unique++;
            foreach (var topK in new[] { 1, 2, 8 })
            {
                var proved = CohortAllocator.Allocate(candidates, OpeningCatalogue.Build(openings), Today, null, null, topK);
                Assert.Equal(optimal[0], Assignment(proved));
            }
        }

        Assert.True(unique > 100, $"only {unique} random cohorts had a unique best allocation");
    }

    [Fact]
    public void Allocate_BestOpeningsAllTakenByLocals_AddsBackTheFarOpeningSoEveryoneIsPlaced()
    {
        // Ava's best openings (all near, one more than the first solve looks at) are the only ones the locals
        // can reach. Her top few leave out the far opening she must take for everyone to be placed: the proof
        // has to add it back.
        var ava = Sam with { Id = 1, PreferredName = "Ava", MaxTravelKm = 20 };
        var nearCount = CohortAllocator.CandidatesPerPerson + 1;
        var locals = Enumerable.Range(2, nearCount).Select(id => Sam with { Id = id, PreferredName = $"Local {id}", MaxTravelKm = 2 }).ToList();
        var near = Enumerable.Range(100, nearCount).Select(id => AnimalCare with { Id = id, Location = NorthOfLeeds(1), PlacesTotal = 1 }).ToList();
        var far = AnimalCare with { Id = 30, Location = NorthOfLeeds(15), PlacesTotal = 1 };
        
        var allocation = CohortAllocator.Allocate([ava, .. locals], [.. near, far], Today);

        Assert.True(allocation.PairsAddedBack > 0);
        Assert.Equal(nearCount + 1, allocation.Placed.Count);
        Assert.Equal(30, allocation.Placed.Single(a => a.Candidate.Id == 1).Opening.Id);
        Assert.Empty(allocation.Unplaced);
    }

    [Fact]
    public void Allocate_OnlyTheSecondBestLeadsToTheBestTotal_ProofAddsItBack()
    {
        // With only each person's best opening, Ava and Ben both want the near place. Placing both needs
        // Ava's second best, which the first solve never saw.
        var ava = Sam with { Id = 1, PreferredName = "Ava", MaxTravelKm = 20 };
        var ben = Sam with { Id = 2, PreferredName = "Ben", MaxTravelKm = 2 };
        var near = AnimalCare with { Id = 10, Location = NorthOfLeeds(1), PlacesTotal = 1 };
        var far = AnimalCare with { Id = 11, Location = NorthOfLeeds(15), PlacesTotal = 1 };

        var allocation = CohortAllocator.Allocate([ava, ben], OpeningCatalogue.Build([near, far]), Today, null, null, topK: 1);

        Assert.True(allocation.PairsAddedBack > 0);
        Assert.Equal([(1, 11), (2, 10)], allocation.Placed.Select(a => (a.Candidate.Id, a.Opening.Id)));
    }

    /// <summary>
    /// A random cohort with some of: exact ties (copied young people and openings), pins, far more people
    /// than places or far more places than people.
    /// </summary>
    private static (List<MatchCandidate> Candidates, List<MatchOpening> Openings, Dictionary<int, int>? Pins) RandomCohort(Random random, int seed)
    {
        var (people, openingCount, maxPlaces) = (seed % 4) switch
        {
            0 => (random.Next(20, 60), random.Next(2, 8), 1),
            1 => (random.Next(1, 6), random.Next(20, 40), 3),
            _ => (random.Next(5, 40), random.Next(5, 30), 3),
        };
        var candidates = RandomWorld.Candidates(random, people).ToList();
        var openings = RandomWorld.Openings(random, openingCount, maxPlaces: maxPlaces).ToList();
        if (seed % 3 == 0)
        {
            // Copies score exactly alike, so many allocations tie for best.
            candidates.AddRange(candidates.Take(5).Select((c, n) => c with { Id = 1_000 + n }));
            openings.AddRange(openings.Take(5).Select((o, n) => o with { Id = 1_000 + n }));
        }

        Dictionary<int, int>? pins = null;
        if (seed % 5 == 0)
        {
            pins = [];
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                pins[candidates[random.Next(candidates.Count)].Id] = openings[random.Next(openings.Count)].Id;
            }
        }

        return (candidates, openings, pins);
    }

    private static void AssertWithinPlaces(CohortAllocation allocation, List<MatchOpening> openings)
    {
        foreach (var opening in openings)
        {
            var allocated = allocation.Placed.Count(a => a.Opening.Id == opening.Id && !a.IsPinned);
            var pinned = allocation.Placed.Count(a => a.Opening.Id == opening.Id && a.IsPinned);
            Assert.True(allocated == 0 || allocated + pinned <= (opening.PlacesLeft ?? 1), $"opening {opening.Id} over its places");
        }
    }

    private static string Assignment(CohortAllocation allocation) =>
        string.Join(",", allocation.Placed.OrderBy(a => a.Candidate.Id).Select(a => $"{a.Candidate.Id}:{a.Opening.Id}"));

    /// <summary>Every allocation that places the most young people and, among those, has the highest total score.</summary>
    private static List<string> OptimalAssignments(IReadOnlyList<MatchCandidate> candidates, IReadOnlyList<MatchOpening> openings)
    {
        var capacity = openings.ToDictionary(o => o.Id, o => o.PlacesLeft ?? 1);
        var options = candidates.Select(c => Matcher.Rank(c, openings, Today).Ranked.Select(m => (m.Opening.Id, m.Score)).ToList()).ToList();
        var best = (Placed: -1, Score: -1);
        var optimal = new List<string>();
        var current = new List<string>();
        void Search(int k, int placed, int score)
        {
            if (k == options.Count)
            {
                if (placed > best.Placed || (placed == best.Placed && score > best.Score))
                {
                    best = (placed, score);
                    optimal.Clear();
                }

                if (placed == best.Placed && score == best.Score)
                {
                    optimal.Add(string.Join(",", current));
                }

                return;
            }

            Search(k + 1, placed, score);
            foreach (var (openingId, s) in options[k])
            {
                if (capacity[openingId] > 0)
                {
                    capacity[openingId]--;
                    current.Add($"{candidates[k].Id}:{openingId}");
                    Search(k + 1, placed + 1, score + s);
                    current.RemoveAt(current.Count - 1);
                    capacity[openingId]++;
                }
            }
        }

        Search(0, 0, 0);
        return optimal;
    }
}
