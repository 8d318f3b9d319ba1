using static SendCareers.Domain.Matching.MatchText;

namespace SendCareers.Domain.Matching;

/// <summary>
/// Shares out limited places among a cohort. Each young person gets at most one opening, no opening
/// takes more than its places left, and no pair breaks a hard constraint (except a coach's pin).
/// The allocation is optimal, not greedy: first it places as many young people as possible, then,
/// among all allocations placing that many, it has the highest total score. It is solved exactly as a
/// minimum-cost maximum flow (see <see cref="MinCostFlow"/> and docs/matching.md), and does not depend
/// on input order. For speed the flow is first solved on each young person's best few openings, then
/// proved optimal over every eligible pair (pairs that could improve it are added back and it is solved
/// again), so the answer is as good as a solve over every pair.
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

    /// <summary>
    /// How many of each young person's best-scoring openings the first solve considers. Measured on the
    /// synthetic region, everyone's chosen opening was within their top 12 (99% within the top 4); the
    /// optimality check adds back any other pair that could matter, so this changes speed, never the answer.
    /// 12 rather than 8: at 20,000 × 50,000 best 8 needed a second solve (3 pairs added back) costing more
    /// than the larger first solve of best 12 (docs/benchmarks.md).
    /// </summary>
    internal const int CandidatesPerPerson = 12;

    /// <summary>Allocates a cohort to a prepared catalogue of openings.</summary>
    public static CohortAllocation Allocate(
        IEnumerable<MatchCandidate?> candidates,
        OpeningCatalogue openings,
        DateOnly today,
        MatchWeights? weights = null,
        IReadOnlyDictionary<int, int>? pins = null) =>
        Allocate(candidates, openings, today, weights, pins, CandidatesPerPerson);

    /// <summary>
    /// As <see cref="Allocate(IEnumerable{MatchCandidate?}, OpeningCatalogue, DateOnly, MatchWeights?, IReadOnlyDictionary{int, int}?)"/>,
    /// solving first on each person's best <paramref name="topK"/> openings (int.MaxValue: every pair at once).
    /// </summary>
    internal static CohortAllocation Allocate(
        IEnumerable<MatchCandidate?> candidates,
        OpeningCatalogue openings,
        DateOnly today,
        MatchWeights? weights,
        IReadOnlyDictionary<int, int>? pins,
        int topK)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(topK, 1);
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
        var chosen = Solve(people.Count, openings.Count, pairs, capacity, topK, out var addedBack);

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

        return new CohortAllocation(placed, unplaced, warnings) { PairsAddedBack = addedBack };
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
    /// Solves on each young person's best <paramref name="topK"/> openings first, then proves the answer
    /// optimal over every eligible pair (see <see cref="PairsThatCouldImprove"/>), adding back any pair the
    /// proof cannot rule out and solving again until none is left. The answer places as many young people
    /// and has the same total score as a solve over all pairs. Returns each person's opening index or -1.
    /// </summary>
    private static int[] Solve(int peopleCount, int openingCount, PairList pairs, int[] capacity, int topK, out int addedBack)
    {
        var chosen = new int[peopleCount];
        Array.Fill(chosen, -1);
        addedBack = 0;
        if (pairs.Count == 0)
        {
            return chosen;
        }

        var firstPair = FirstPairOfEachPerson(peopleCount, pairs);
        var selected = BestPairsOfEachPerson(peopleCount, pairs, firstPair, topK);
        var failing = new List<int>();
        while (true)
        {
            var potential = Solve(peopleCount, openingCount, pairs, selected, capacity, chosen);
            PairsThatCouldImprove(peopleCount, openingCount, pairs, firstPair, selected, capacity, chosen, potential, failing);
            if (failing.Count == 0)
            {
                return chosen;
            }

            // Solved again from scratch: add-backs are rare (each person's choice was within their top 12
            // on the synthetic region), so a warm start would save little and add a second code path.
            foreach (var p in failing)
            {
                selected[p] = true;
            }

            addedBack += failing.Count;
        }
    }

    /// <summary>
    /// Builds the flow network source → young person (1) → opening (cost 100 − score) → sink (places) over the
    /// selected pairs and solves it. Every unit of flow crosses exactly one young-person-to-opening edge, so for
    /// a fixed number placed the total cost is 100 × placed − total score: the cheapest maximum flow places the
    /// most young people and, among those allocations, has the highest total score. Fills
    /// <paramref name="chosen"/> and returns every node's potential (node 0 the source, 1 + k young person k,
    /// 1 + people + i opening i, then the sink). Every person and opening with any eligible pair is a node,
    /// selected or not, so the potentials cover all pairs.
    /// </summary>
    private static int[] Solve(int peopleCount, int openingCount, PairList pairs, bool[] selected, int[] capacity, int[] chosen)
    {
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
            pairEdges[p] = selected[p] ? network.AddEdge(1 + pairs.Person[p], 1 + peopleCount + pairs.Opening[p], 1, 100 - pairs.Score[p]) : -1;
        }

        for (var i = 0; i < openingCount; i++)
        {
            if (isUsed[i])
            {
                network.AddEdge(1 + peopleCount + i, sink, capacity[i], 0);
            }
        }

        network.Solve(source, sink);
        Array.Fill(chosen, -1);
        for (var p = 0; p < pairs.Count; p++)
        {
            if (pairEdges[p] >= 0 && network.FlowOn(pairEdges[p]) > 0)
            {
                chosen[pairs.Person[p]] = pairs.Opening[p];
            }
        }

        var potential = new int[sink + 1];
        for (var v = 0; v <= sink; v++)
        {
            potential[v] = network.Potential(v);
        }

        return potential;
    }

    /// <summary>
    /// The pairs left out of the last solve that could still improve it; empty when the allocation is optimal
    /// over every eligible pair.
    /// <para>
    /// Why an empty answer is a proof. "Place as many as possible, then maximise fit" is the same as
    /// minimising cost − M × placed for any M above 100 × people, because one more person placed outweighs
    /// any difference in total cost (each cost is 0 to 100). That is a minimum-cost circulation: add a return
    /// arc sink → source of cost −M; unplaced young people are simply those without flow. A circulation is
    /// optimal when some node potentials give every residual arc (of the network with all pairs) a
    /// non-negative reduced cost. Take the solver's potentials π (non-negative on every residual arc of the
    /// solved network) and let R be the nodes reachable from the source in the residual network with all
    /// pairs (searched below). If the sink is not in R, raise π on every node outside R by
    /// Δ = M − (π(sink) − π(source)): no residual arc leaves R (R is closed), arcs entering R only gain Δ ≥ 0
    /// (M is as large as we like), and both directions of the return arc get reduced cost exactly 0. So the
    /// only arcs that can be negative are left-out pairs (young person k, opening i), which carry no flow and
    /// have reduced cost 100 − score + π(k) − π(i), plus Δ when k is outside R and i inside. Such a pair passes
    /// when that is ≥ 0, and always passes when k is outside R and i inside. If every left-out pair passes,
    /// the allocation is optimal over all pairs. If the sink is in R, one more young person could be placed:
    /// the augmenting path lies in R and uses at least one left-out pair, so every left-out pair within R is
    /// added back.
    /// </para>
    /// </summary>
    private static void PairsThatCouldImprove(
        int peopleCount, int openingCount, PairList pairs, int[] firstPair, bool[] selected, int[] capacity, int[] chosen, int[] potential, List<int> failing)
    {
        failing.Clear();
        var load = new int[openingCount];
        var assignedStart = new int[openingCount + 1];
        for (var k = 0; k < peopleCount; k++)
        {
            if (chosen[k] >= 0)
            {
                load[chosen[k]]++;
                assignedStart[chosen[k] + 1]++;
            }
        }

        for (var i = 0; i < openingCount; i++)
        {
            assignedStart[i + 1] += assignedStart[i];
        }

        var assigned = new int[assignedStart[openingCount]];
        var fill = assignedStart[..openingCount];
        for (var k = 0; k < peopleCount; k++)
        {
            if (chosen[k] >= 0)
            {
                assigned[fill[chosen[k]]++] = k;
            }
        }

        // Breadth-first search of the residual network with every pair: source → unplaced young person
        // (with any pair), young person → any opening of theirs but the one they have, opening → the young
        // people placed there (backwards), opening → sink while it has a free place.
        var personReached = new bool[peopleCount];
        var openingReached = new bool[openingCount];
        var queue = new int[peopleCount + openingCount];
        int head = 0, tail = 0;
        var sinkReached = false;
        for (var k = 0; k < peopleCount; k++)
        {
            if (chosen[k] < 0 && firstPair[k] < firstPair[k + 1])
            {
                personReached[k] = true;
                queue[tail++] = k;
            }
        }

        while (head < tail)
        {
            var node = queue[head++];
            if (node < peopleCount)
            {
                for (var p = firstPair[node]; p < firstPair[node + 1]; p++)
                {
                    var i = pairs.Opening[p];
                    if (i == chosen[node] || openingReached[i])
                    {
                        continue;
                    }

                    openingReached[i] = true;
                    sinkReached |= load[i] < capacity[i];
                    queue[tail++] = peopleCount + i;
                }
            }
            else
            {
                var i = node - peopleCount;
                for (var a = assignedStart[i]; a < assignedStart[i + 1]; a++)
                {
                    var k = assigned[a];
                    if (!personReached[k])
                    {
                        personReached[k] = true;
                        queue[tail++] = k;
                    }
                }
            }
        }

        for (var p = 0; p < pairs.Count; p++)
        {
            if (selected[p])
            {
                continue;
            }

            var k = pairs.Person[p];
            var i = pairs.Opening[p];
            bool fails;
            if (sinkReached)
            {
                fails = personReached[k] && openingReached[i];
            }
            else
            {
                var reducedCost = 100L - pairs.Score[p] + potential[1 + k] - potential[1 + peopleCount + i];
                fails = reducedCost < 0 && !(!personReached[k] && openingReached[i]);
            }

            if (fails)
            {
                failing.Add(p);
            }
        }
    }

    /// <summary>Pairs are listed young person by young person: person k's are [first[k], first[k + 1]).</summary>
    private static int[] FirstPairOfEachPerson(int peopleCount, PairList pairs)
    {
        var first = new int[peopleCount + 1];
        for (var p = 0; p < pairs.Count; p++)
        {
            first[pairs.Person[p] + 1]++;
        }

        for (var k = 0; k < peopleCount; k++)
        {
            first[k + 1] += first[k];
        }

        return first;
    }

    /// <summary>
    /// Marks each young person's <paramref name="topK"/> highest-scoring pairs; among equal scores, the ones
    /// listed first. Scores are whole numbers from 0 to 100, so a count per score finds the cut-off in one pass.
    /// </summary>
    private static bool[] BestPairsOfEachPerson(int peopleCount, PairList pairs, int[] firstPair, int topK)
    {
        var selected = new bool[pairs.Count];
        var perScore = new int[101];
        for (var k = 0; k < peopleCount; k++)
        {
            int from = firstPair[k], to = firstPair[k + 1];
            if (to - from <= topK)
            {
                Array.Fill(selected, true, from, to - from);
                continue;
            }

            Array.Clear(perScore);
            for (var p = from; p < to; p++)
            {
                perScore[pairs.Score[p]]++;
            }

            var cutOff = 100;
            var above = 0;
            while (above + perScore[cutOff] < topK)
            {
                above += perScore[cutOff--];
            }

            var atCutOff = topK - above;
            for (var p = from; p < to; p++)
            {
                var score = pairs.Score[p];
                if (score > cutOff || (score == cutOff && atCutOff-- > 0))
                {
                    selected[p] = true;
                }
            }
        }

        return selected;
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
