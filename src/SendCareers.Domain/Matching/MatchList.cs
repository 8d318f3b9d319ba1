namespace SendCareers.Domain.Matching;

/// <summary>
/// The result of ranking: eligible pairs best first (score descending, then id ascending), and excluded
/// pairs in id order.
/// </summary>
public sealed record MatchList(IReadOnlyList<ScoredMatch> Ranked, IReadOnlyList<ExcludedMatch> Excluded);
