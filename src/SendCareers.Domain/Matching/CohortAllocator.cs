using static SendCareers.Domain.Matching.MatchText;

namespace SendCareers.Domain.Matching;

/// <summary>
/// Shares out limited places among a cohort. Each young person gets at most one opening, no opening
/// takes more than its places left, and no pair breaks a hard constraint (except a coach's pin).
/// The allocation is optimal, not greedy: first it places as many young people as possible, then,
/// among all allocations placing that many, it has the highest total score. It is solved exactly as a
/// minimum-cost maximum flow (see <see cref="MinCostFlow"/> and docs/matching.md), and does not depend
/// on input order.
/// </summary>
public static class CohortAllocator
{
    /// <summary>Allocates a cohort to openings. Pins map a young person's id to the opening id a coach chose.</summary>
    public static CohortAllocation Allocate(
        IEnumerable<MatchCandidate?> candidates,
        IEnumerable<MatchOpening?> openings,
        DateOnly today,
        MatchWeights? weights = null,
        IReadOnlyDictionary<int, int>? pins = null) =>
        Allocate(candidates, OpeningCatalogue.Build(openings), today, weights, pins);

    /// <summary>Allocates a cohort to a prepared catalogue of openings.</summary>
    public static CohortAllocation Allocate(
        IEnumerable<MatchCandidate?> candidates,
        OpeningCatalogue openings,
        DateOnly today,
        MatchWeights? weights = null,
        IReadOnlyDictionary<int, int>? pins = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(openings);

        var people = Matcher.UniqueById(candidates);
        var scoring = new ScoringWeights(weights ?? MatchWeights.Default);
        var contexts = new PairContext[people.Count];
        for (var k = 0; k < people.Count; k++)
        {
            contexts[k] = new PairContext(CandidateProfile.Create(people[k], openings.Tags), openings, today.DayNumber, scoring);
        }

        var capacity = new int[openings.Count];
        for (var i = 0; i < capacity.Length; i++)
        {
            // An opening that does not state its places is assumed to have one: over-promising places
            // to families is worse than a coach adding a second young person by hand.
            capacity[i] = openings.Facts[i].PlacesLeft >= 0 ? openings.Facts[i].PlacesLeft : 1;
        }

        var warnings = new List<PinWarning>();
        var pinned = ApplyPins(people, contexts, capacity, pins, warnings);
        var grid = new OpeningGrid(openings);
        var pairs = EligiblePairs(contexts, pinned, capacity, grid, out var eligibleCount, out var reachable, out var bestScore);
        var chosen = Solve(people.Count, openings.Count, pairs, capacity);

        var placed = new List<Allocation>();
        var unplaced = new List<UnplacedCandidate>();
        for (var k = 0; k < people.Count; k++)
        {
            var index = pinned[k] >= 0 ? pinned[k] : chosen[k];
            if (index >= 0)
            {
                var assessment = contexts[k].Assess(index);
                var match = new ScoredMatch(contexts[k], index, contexts[k].Score(index, assessment.DistanceKm).Score);
                placed.Add(new Allocation(match, IsPinned: pinned[k] >= 0) { IsFirstChoice = pinned[k] < 0 && match.Score >= bestScore[k] });
            }
            else if (eligibleCount[k] == 0)
            {
                unplaced.Add(new UnplacedCandidate(people[k], UnplacedReason.NoEligibleOpening, 0, NoEligibleOpening(contexts[k], grid)));
            }
            else
            {
                unplaced.Add(new UnplacedCandidate(
                    people[k], UnplacedReason.PlacesTakenByOthers, eligibleCount[k], PlacesTaken(contexts[k].Person, eligibleCount[k], reachable[k])));
            }
        }

        return new CohortAllocation(placed, unplaced, warnings);
    }

    /// <summary>Honours pins in young person id order; each consumes a place. Returns each person's pinned index or -1.</summary>
    private static int[] ApplyPins(
        List<MatchCandidate> people, PairContext[] contexts, int[] capacity, IReadOnlyDictionary<int, int>? pins, List<PinWarning> warnings)
    {
        var pinned = new int[people.Count];
        Array.Fill(pinned, -1);
        if (pins is null || pins.Count == 0)
        {
            return pinned;
        }

        var positionOf = new Dictionary<int, int>(people.Count);
        for (var k = 0; k < people.Count; k++)
        {
            positionOf[people[k].Id] = k;
        }

        foreach (var (candidateId, openingId) in pins.OrderBy(static pin => pin.Key))
        {
            if (!positionOf.TryGetValue(candidateId, out var k))
            {
                warnings.Add(new PinWarning(candidateId, openingId, $"Pin ignored: young person {Number(candidateId)} is not in this cohort"));
                continue;
            }

            var context = contexts[k];
            var person = context.Person;
            var index = context.Catalogue.IndexOf(openingId);
            if (index < 0)
            {
                warnings.Add(new PinWarning(
                    candidateId, openingId, $"Pin ignored: opening {Number(openingId)} is not in this allocation, so {person.Name} was allocated as usual"));
                continue;
            }

            pinned[k] = index;
            var label = Label(context.Catalogue.Openings[index]);
            var assessment = context.Assess(index);
            if (!assessment.IsEligible)
            {
                var reasons = string.Join("; ", ReasonWriter.ExclusionReasons(context, index));
                warnings.Add(new PinWarning(candidateId, openingId, $"{Capitalise(person.Name)} is pinned to {label} although: {reasons}"));
            }

            if (capacity[index] > 0)
            {
                capacity[index]--;
            }
            else if ((assessment.Exclusions & HardConstraint.NoPlacesLeft) == 0)
            {
                warnings.Add(new PinWarning(
                    candidateId, openingId, $"{Capitalise(label)} has no free place left for {person.Possessive} pin, so it takes an extra place"));
            }
        }

        return pinned;
    }

    /// <summary>Every eligible (young person, opening with a free place) pair, scored.</summary>
    private static PairList EligiblePairs(
        PairContext[] contexts, int[] pinned, int[] capacity, OpeningGrid grid, out int[] eligibleCount, out int[] reachable, out int[] bestScore)
    {
        eligibleCount = new int[contexts.Length];
        reachable = new int[contexts.Length];
        bestScore = new int[contexts.Length];
        var pairs = new PairList();
        var nearby = new List<int>();
        for (var k = 0; k < contexts.Length; k++)
        {
            if (pinned[k] >= 0)
            {
                continue;
            }

            var context = contexts[k];
            var facts = context.Catalogue.Facts;
            nearby.Clear();
            var boxed = grid.TryNearby(context.Person, nearby);
            var count = boxed ? nearby.Count : facts.Length;
            for (var n = 0; n < count; n++)
            {
                var i = boxed ? nearby[n] : n;
                var assessment = PairScorer.Assess(context.Person, facts[i], context.Today, stopAtFirst: true);
                if (!assessment.IsEligible)
                {
                    continue;
                }

                eligibleCount[k]++;
                if (capacity[i] > 0)
                {
                    reachable[k]++;
                    var score = PairScorer.Score(context.Person, facts[i], assessment.DistanceKm, context.Weights).Score;
                    bestScore[k] = Math.Max(bestScore[k], score);
                    pairs.Add(k, i, score);
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Builds the flow network source → young person (1) → opening (cost 100 − score) → sink (places) and
    /// solves it. Every unit of flow crosses exactly one young-person-to-opening edge, so for a fixed number
    /// placed the total cost is 100 × placed − total score: the cheapest maximum flow places the most young
    /// people and, among those allocations, has the highest total score. Returns each person's opening index or -1.
    /// </summary>
    private static int[] Solve(int peopleCount, int openingCount, PairList pairs, int[] capacity)
    {
        var chosen = new int[peopleCount];
        Array.Fill(chosen, -1);
        if (pairs.Count == 0)
        {
            return chosen;
        }

        const int source = 0;
        var sink = peopleCount + openingCount + 1;
        var network = new MinCostFlow(sink + 1, pairs.Count + peopleCount + openingCount);
        var hasEdge = new bool[peopleCount];
        var isUsed = new bool[openingCount];
        for (var p = 0; p < pairs.Count; p++)
        {
            hasEdge[pairs.Person[p]] = true;
            isUsed[pairs.Opening[p]] = true;
        }

        for (var k = 0; k < peopleCount; k++)
        {
            if (hasEdge[k])
            {
                network.AddEdge(source, 1 + k, 1, 0);
            }
        }

        var pairEdges = new int[pairs.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            pairEdges[p] = network.AddEdge(1 + pairs.Person[p], 1 + peopleCount + pairs.Opening[p], 1, 100 - pairs.Score[p]);
        }

        for (var i = 0; i < openingCount; i++)
        {
            if (isUsed[i])
            {
                network.AddEdge(1 + peopleCount + i, sink, capacity[i], 0);
            }
        }

        network.Solve(source, sink);
        for (var p = 0; p < pairs.Count; p++)
        {
            if (network.FlowOn(pairEdges[p]) > 0)
            {
                chosen[pairs.Person[p]] = pairs.Opening[p];
            }
        }

        return chosen;
    }

    private static string NoEligibleOpening(PairContext context, OpeningGrid grid)
    {
        var person = context.Person;
        var facts = context.Catalogue.Facts;
        if (facts.Length == 0)
        {
            return $"No eligible opening for {person.Name}: there are no openings to allocate";
        }

        // Openings outside the search box are beyond the travel range; only those inside are checked rule by rule.
        var nearby = new List<int>();
        var boxed = grid.TryNearby(person, nearby);
        var counts = new int[32];
        var scanned = boxed ? nearby.Count : facts.Length;
        for (var n = 0; n < scanned; n++)
        {
            var exclusions = (int)context.Assess(boxed ? nearby[n] : n).Exclusions;
            for (var bit = 0; bit < counts.Length; bit++)
            {
                if ((exclusions & (1 << bit)) != 0)
                {
                    counts[bit]++;
                }
            }
        }

        counts[System.Numerics.BitOperations.Log2((uint)HardConstraint.BeyondTravelRange)] += facts.Length - scanned;
        var parts = new List<string>();
        for (var bit = 0; bit < counts.Length; bit++)
        {
            if (counts[bit] > 0)
            {
                parts.Add($"{Number(counts[bit])} {Summary((HardConstraint)(1 << bit))}");
            }
        }

        var noun = facts.Length == 1 ? "opening" : "openings";
        return $"No eligible opening for {person.Name} among {Number(facts.Length)} {noun}: {List(parts)}";
    }

    private static string PlacesTaken(CandidateProfile person, int eligible, int reachable)
    {
        var noun = eligible == 1 ? "opening" : "openings";
        return reachable == 0
            ? $"The places at the {Number(eligible)} {noun} {person.Name} is eligible for are all taken by pinned choices"
            : $"{Capitalise(person.Name)} is eligible for {Number(eligible)} {noun}, but their places went to others: "
                + $"placing {person.Name} would cost another young person their place";
    }

    private static string Summary(HardConstraint constraint) => constraint switch
    {
        HardConstraint.NotOpen => "not open",
        HardConstraint.NoPlacesLeft => "full",
        HardConstraint.Ended => "ended",
        HardConstraint.BelowMinimumAge => "with a higher minimum age",
        HardConstraint.AboveMaximumAge => "with a lower maximum age",
        HardConstraint.SupportedInternshipAge => "supported internships outside ages 16 to 24",
        HardConstraint.SupportedInternshipNeedsEhcp => "supported internships needing an EHCP",
        HardConstraint.EhcpRequired => "needing an EHCP",
        HardConstraint.BeyondTravelRange => "beyond travel range",
        HardConstraint.AvoidedEnvironment => "with a condition to avoid",
        HardConstraint.NoCommonDay => "with no day in common",
        HardConstraint.AvoidedSector => "in a sector to avoid",
        HardConstraint.TooManyHours => "needing more hours a week than they can do",
        _ => constraint.ToString(),
    };

    private static string Label(MatchOpening opening) =>
        string.IsNullOrWhiteSpace(opening.Title) ? $"opening {Number(opening.Id)}" : $"{opening.Title.Trim()} (opening {Number(opening.Id)})";

    /// <summary>Eligible pairs as three parallel growable arrays: no per-pair objects for a few million pairs.</summary>
    private sealed class PairList
    {
        public int[] Person { get; private set; } = new int[1024];

        public int[] Opening { get; private set; } = new int[1024];

        public int[] Score { get; private set; } = new int[1024];

        public int Count { get; private set; }

        public void Add(int person, int opening, int score)
        {
            if (Count == Person.Length)
            {
                var size = Count * 2;
                var grownPerson = Person;
                var grownOpening = Opening;
                var grownScore = Score;
                Array.Resize(ref grownPerson, size);
                Array.Resize(ref grownOpening, size);
                Array.Resize(ref grownScore, size);
                Person = grownPerson;
                Opening = grownOpening;
                Score = grownScore;
            }

            Person[Count] = person;
            Opening[Count] = opening;
            Score[Count] = score;
            Count++;
        }
    }
}
