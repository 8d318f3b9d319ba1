using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Tests.Matching.MatchingExamples;

namespace SendCareers.Domain.Tests.Matching;

public class CohortAllocatorTests
{
    [Fact]
    public void Allocate_PrefersPlacingEveryoneOverOneBetterFit()
    {
        // Greedy would give Ava the nearby opening and leave Ben with nothing.
        var ava = Sam with { Id = 1, PreferredName = "Ava", MaxTravelKm = 20 };
        var ben = Sam with { Id = 2, PreferredName = "Ben", MaxTravelKm = 2 };
        var near = AnimalCare with { Id = 10, Location = NorthOfLeeds(1), PlacesTotal = 1 };
        var far = AnimalCare with { Id = 11, Location = NorthOfLeeds(15), PlacesTotal = 1 };

        var allocation = CohortAllocator.Allocate([ava, ben], [near, far], Today);

        Assert.Equal([(1, 11), (2, 10)], allocation.Placed.Select(a => (a.Candidate.Id, a.Opening.Id)));
        Assert.Empty(allocation.Unplaced);
    }

    [Fact]
    public void Allocate_SaysWhoGotTheirFirstChoice_AndTheAverageFit()
    {
        // Ava gives up the nearby opening so Ben is placed: Ben gets his first choice, Ava does not.
        var ava = Sam with { Id = 1, PreferredName = "Ava", MaxTravelKm = 20 };
        var ben = Sam with { Id = 2, PreferredName = "Ben", MaxTravelKm = 2 };
        var near = AnimalCare with { Id = 10, Location = NorthOfLeeds(1), PlacesTotal = 1 };
        var far = AnimalCare with { Id = 11, Location = NorthOfLeeds(15), PlacesTotal = 1 };

        var allocation = CohortAllocator.Allocate([ava, ben], [near, far], Today);

        Assert.Equal([false, true], allocation.Placed.Select(a => a.IsFirstChoice));
        Assert.Equal(1, allocation.FirstChoices);
        Assert.Equal((int)Math.Round(allocation.TotalScore / 2.0, MidpointRounding.AwayFromZero), allocation.AverageScore);
    }

    [Fact]
    public void Allocate_ThirtyHourApprenticeship_IsNeverGivenToSomeoneWhoCanDoFive()
    {
        // Ellie in the demo: at most 5 hours a week, once placed in a 30-hour apprenticeship as "good fit 53".
        var ellie = Sam with { Id = 1, PreferredName = "Ellie", MaxHoursPerWeek = 5 };
        var apprenticeship = AnimalCare with { Id = 10, Kind = OpeningKind.Apprenticeship, HoursPerWeek = 30 };

        var allocation = CohortAllocator.Allocate([ellie], [apprenticeship], Today);

        Assert.Empty(allocation.Placed);
        Assert.Equal("No eligible opening for Ellie among 1 opening: 1 needing more hours a week than they can do", Assert.Single(allocation.Unplaced).Explanation);
    }

    [Fact]
    public void Allocate_OnePlaceTwoEligible_GoesToTheBetterFit()
    {
        var ava = Sam with { Id = 1, PreferredName = "Ava", Interests = [] };
        var ben = Sam with { Id = 2, PreferredName = "Ben" };

        var allocation = CohortAllocator.Allocate([ava, ben], [AnimalCare with { PlacesTotal = 1 }], Today);

        Assert.Equal(2, Assert.Single(allocation.Placed).Candidate.Id);
        var unplaced = Assert.Single(allocation.Unplaced);
        Assert.Equal(UnplacedReason.PlacesTakenByOthers, unplaced.Reason);
        Assert.Equal("Ava is eligible for 1 opening, but their places went to others: placing Ava would cost another young person their place", unplaced.Explanation);
    }

    [Fact]
    public void Allocate_NoEligibleOpening_SummarisesWhy()
    {
        var allocation = CohortAllocator.Allocate(
            [Sam],
            [AnimalCare with { Id = 1, Location = NorthOfLeeds(40) }, AnimalCare with { Id = 2, Location = NorthOfLeeds(60) }, AnimalCare with { Id = 3, Days = WeekDays.Sunday }],
            Today);

        var unplaced = Assert.Single(allocation.Unplaced);
        Assert.Equal(UnplacedReason.NoEligibleOpening, unplaced.Reason);
        Assert.Equal("No eligible opening for Sam among 3 openings: 2 beyond travel range and 1 with no day in common", unplaced.Explanation);
    }

    [Fact]
    public void Allocate_UnstatedPlaces_CountAsOne()
    {
        var allocation = CohortAllocator.Allocate([Sam with { Id = 1 }, Sam with { Id = 2 }], [AnimalCare with { PlacesTotal = null }], Today);

        Assert.Single(allocation.Placed);
    }

    [Fact]
    public void Allocate_Pin_IsHonouredAndConsumesAPlace()
    {
        var ava = Sam with { Id = 1, PreferredName = "Ava" };
        var ben = Sam with { Id = 2, PreferredName = "Ben", Interests = [] };

        // Ava fits better, but the coach has pinned Ben to the single place.
        var allocation = CohortAllocator.Allocate([ava, ben], [AnimalCare with { PlacesTotal = 1 }], Today, pins: new Dictionary<int, int> { [2] = 10 });

        var placed = Assert.Single(allocation.Placed);
        Assert.Equal(2, placed.Candidate.Id);
        Assert.True(placed.IsPinned);
        Assert.Empty(allocation.Warnings);
        Assert.Equal("The places at the 1 opening Ava is eligible for are all taken by pinned choices", Assert.Single(allocation.Unplaced).Explanation);
    }

    [Fact]
    public void Allocate_PinBreakingAHardConstraint_IsHonouredWithAWarning()
    {
        var allocation = CohortAllocator.Allocate(
            [Sam], [AnimalCare with { Location = NorthOfLeeds(42), Days = WeekDays.Saturday }], Today, pins: new Dictionary<int, int> { [1] = 10 });

        Assert.True(Assert.Single(allocation.Placed).IsPinned);
        var warning = Assert.Single(allocation.Warnings);
        Assert.Equal(
            "Sam is pinned to Animal care assistant (opening 10) although: 42.0 km away — beyond Sam's 5 km range; No day in common: runs Saturday; Sam is available Monday to Friday",
            warning.Message);
    }

    [Fact]
    public void Allocate_PinsBeyondCapacity_AreHonouredWithAWarning()
    {
        var pins = new Dictionary<int, int> { [1] = 10, [2] = 10 };

        var allocation = CohortAllocator.Allocate(
            [Sam with { Id = 1, PreferredName = "Ava" }, Sam with { Id = 2, PreferredName = "Ben" }], [AnimalCare with { PlacesTotal = 1 }], Today, pins: pins);

        Assert.Equal(2, allocation.Placed.Count);
        Assert.Equal("Animal care assistant (opening 10) has no free place left for Ben's pin, so it takes an extra place", Assert.Single(allocation.Warnings).Message);
    }

    [Fact]
    public void Allocate_PinToUnknownOpeningOrPerson_IsIgnoredWithAWarning()
    {
        var pins = new Dictionary<int, int> { [1] = 999, [77] = 10 };

        var allocation = CohortAllocator.Allocate([Sam], [AnimalCare], Today, pins: pins);

        var placed = Assert.Single(allocation.Placed);
        Assert.False(placed.IsPinned);
        Assert.Equal(
            ["Pin ignored: opening 999 is not in this allocation, so Sam was allocated as usual", "Pin ignored: young person 77 is not in this cohort"],
            allocation.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void Allocate_NoOpenings_SaysSo()
    {
        var allocation = CohortAllocator.Allocate([Sam], [], Today);

        Assert.Equal("No eligible opening for Sam: there are no openings to allocate", Assert.Single(allocation.Unplaced).Explanation);
    }

    [Fact]
    public void Allocate_MatchesBruteForceOnSmallRandomCases()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var candidates = RandomWorld.Candidates(random, random.Next(1, 7));
            var openings = RandomWorld.Openings(random, random.Next(1, 5), maxPlaces: 2);
            var pins = seed % 5 == 0 ? new Dictionary<int, int> { [candidates[0].Id] = openings[^1].Id } : null;

            var allocation = CohortAllocator.Allocate(candidates, openings, Today, pins: pins);
            var (bestPlaced, bestScore) = BruteForce(candidates, openings, pins);

            AssertValid(allocation, candidates, openings, pins);
            var allocated = allocation.Placed.Where(a => !a.IsPinned).ToList();
            Assert.True(bestPlaced == allocated.Count, $"seed {seed}: placed {allocated.Count}, best {bestPlaced}");
            Assert.True(bestScore == allocated.Sum(a => a.Score), $"seed {seed}: score {allocated.Sum(a => a.Score)}, best {bestScore}");
        }
    }

    [Fact]
    public void Allocate_LargerRandomCase_RespectsCapacitiesAndConstraints()
    {
        var random = new Random(2026);
        var candidates = RandomWorld.Candidates(random, 400);
        var openings = RandomWorld.Openings(random, 120);

        var allocation = CohortAllocator.Allocate(candidates, openings, Today);

        AssertValid(allocation, candidates, openings, pins: null);
        Assert.NotEmpty(allocation.Placed);
    }

    /// <summary>Capacities never exceeded (pins aside), nobody twice, every unpinned pair eligible, everyone accounted for.</summary>
    private static void AssertValid(
        CohortAllocation allocation, IReadOnlyList<MatchCandidate> candidates, IReadOnlyList<MatchOpening> openings, Dictionary<int, int>? pins)
    {
        Assert.Equal(candidates.Count, allocation.Placed.Count + allocation.Unplaced.Count);
        Assert.Equal(allocation.Placed.Count, allocation.Placed.Select(a => a.Candidate.Id).Distinct().Count());
        foreach (var placed in allocation.Placed)
        {
            if (pins is not null && pins.TryGetValue(placed.Candidate.Id, out var pinnedTo) && openings.Any(o => o.Id == pinnedTo))
            {
                Assert.True(placed.IsPinned);
                Assert.Equal(pinnedTo, placed.Opening.Id);
            }
            else
            {
                Assert.False(placed.IsPinned);
                Assert.Single(Matcher.Rank(placed.Candidate, [placed.Opening], Today).Ranked);
            }
        }

        foreach (var opening in openings)
        {
            var unpinned = allocation.Placed.Count(a => a.Opening.Id == opening.Id && !a.IsPinned);
            var pinned = allocation.Placed.Count(a => a.Opening.Id == opening.Id && a.IsPinned);
            Assert.True(unpinned + pinned <= Math.Max(opening.PlacesLeft ?? 1, pinned), $"opening {opening.Id} over capacity");
        }
    }

    /// <summary>
    /// Tries every assignment of the young people who are not pinned to the places pins leave: the most
    /// placed first, then the highest total score.
    /// </summary>
    private static (int Placed, int Score) BruteForce(
        IReadOnlyList<MatchCandidate> candidates, IReadOnlyList<MatchOpening> openings, Dictionary<int, int>? pins)
    {
        var capacity = openings.ToDictionary(o => o.Id, o => o.PlacesLeft ?? 1);
        var free = new List<MatchCandidate>();
        foreach (var candidate in candidates)
        {
            if (pins is not null && pins.TryGetValue(candidate.Id, out var openingId) && capacity.TryGetValue(openingId, out var left))
            {
                capacity[openingId] = Math.Max(0, left - 1);
            }
            else
            {
                free.Add(candidate);
            }
        }

        var options = free.Select(c => Matcher.Rank(c, openings, Today).Ranked.Select(m => (m.Opening.Id, m.Score)).ToList()).ToList();
        var best = (Placed: 0, Score: 0);
        void Search(int k, int placed, int score)
        {
            if (k == options.Count)
            {
                if (placed > best.Placed || (placed == best.Placed && score > best.Score))
                {
                    best = (placed, score);
                }

                return;
            }

            Search(k + 1, placed, score);
            foreach (var (openingId, s) in options[k])
            {
                if (capacity[openingId] > 0)
                {
                    capacity[openingId]--;
                    Search(k + 1, placed + 1, score + s);
                    capacity[openingId]++;
                }
            }
        }

        Search(0, 0, 0);
        return best;
    }
}
