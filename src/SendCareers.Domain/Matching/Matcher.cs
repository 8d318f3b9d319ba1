namespace SendCareers.Domain.Matching;

/// <summary>
/// Ranks openings for one young person, or young people for one opening. Hard constraints exclude a
/// pair; soft factors score the rest 0–100 (see <see cref="MatchWeights"/> and docs/matching.md).
/// Results do not depend on input order: ties in score go to the lower id.
/// </summary>
public static class Matcher
{
    /// <summary>Ranks openings for a young person. Prefer the catalogue overload when ranking many people.</summary>
    public static MatchList Rank(MatchCandidate candidate, IEnumerable<MatchOpening?> openings, DateOnly today, MatchWeights? weights = null) =>
        Rank(candidate, OpeningCatalogue.Build(openings), today, weights);

    /// <summary>Ranks a prepared catalogue of openings for a young person.</summary>
    public static MatchList Rank(MatchCandidate candidate, OpeningCatalogue openings, DateOnly today, MatchWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(openings);

        var context = new PairContext(
            CandidateProfile.Create(candidate, openings.Tags), openings, today.DayNumber, new ScoringWeights(weights ?? MatchWeights.Default));
        var facts = openings.Facts;

        // Sort keys pack (100 - score) above the catalogue index, so one primitive sort gives score
        // descending then id ascending (the catalogue is in id order) without a comparer delegate.
        var keys = new long[facts.Length];
        var scores = new int[facts.Length];
        var eligible = 0;
        var excluded = new List<ExcludedMatch>();
        for (var i = 0; i < facts.Length; i++)
        {
            var assessment = PairScorer.Assess(context.Person, facts[i], context.Today);
            if (!assessment.IsEligible)
            {
                excluded.Add(new ExcludedMatch(context, i, assessment.Exclusions));
                continue;
            }

            var score = PairScorer.Score(context.Person, facts[i], assessment.DistanceKm, context.Weights).Score;
            scores[i] = score;
            keys[eligible++] = ((long)(100 - score) << 32) | (uint)i;
        }

        Array.Sort(keys, 0, eligible);
        var ranked = new ScoredMatch[eligible];
        for (var k = 0; k < eligible; k++)
        {
            var index = (int)(keys[k] & uint.MaxValue);
            ranked[k] = new ScoredMatch(context, index, scores[index]);
        }

        return new MatchList(ranked, excluded);
    }

    /// <summary>Ranks young people for one opening, with the same rules and reasons as <see cref="Rank(MatchCandidate, OpeningCatalogue, DateOnly, MatchWeights?)"/>.</summary>
    public static MatchList RankCandidates(MatchOpening opening, IEnumerable<MatchCandidate?> candidates, DateOnly today, MatchWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(candidates);

        var catalogue = OpeningCatalogue.Build([opening]);
        var scoringWeights = new ScoringWeights(weights ?? MatchWeights.Default);
        var ranked = new List<ScoredMatch>();
        var excluded = new List<ExcludedMatch>();
        foreach (var candidate in UniqueById(candidates))
        {
            var context = new PairContext(CandidateProfile.Create(candidate, catalogue.Tags), catalogue, today.DayNumber, scoringWeights);
            var assessment = context.Assess(0);
            if (assessment.IsEligible)
            {
                ranked.Add(new ScoredMatch(context, 0, context.Score(0, assessment.DistanceKm).Score));
            }
            else
            {
                excluded.Add(new ExcludedMatch(context, 0, assessment.Exclusions));
            }
        }

        // The list is already in id order, so a stable sort on score alone breaks ties by id.
        var best = ranked.OrderByDescending(static match => match.Score).ToArray();
        return new MatchList(best, excluded);
    }

    /// <summary>Candidates in id order, skipping nulls and repeated ids (the first occurrence wins).</summary>
    internal static List<MatchCandidate> UniqueById(IEnumerable<MatchCandidate?> candidates)
    {
        var seen = new HashSet<int>();
        var unique = new List<MatchCandidate>();
        foreach (var candidate in candidates)
        {
            if (candidate is not null && seen.Add(candidate.Id))
            {
                unique.Add(candidate);
            }
        }

        unique.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return unique;
    }
}
