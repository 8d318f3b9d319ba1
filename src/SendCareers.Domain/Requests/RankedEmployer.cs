using SendCareers.Domain.Matching;

namespace SendCareers.Domain.Requests;

/// <summary>An employer that fits a request, its score out of 100 and the reasons behind it.</summary>
public sealed record RankedEmployer(int EmployerId, string Name, int Score, IReadOnlyList<MatchReason> Reasons);

/// <summary>An employer that does not fit, with every reason why (the closest are shown when nobody fits).</summary>
public sealed record UnfitEmployer(int EmployerId, string Name, int Score, IReadOnlyList<string> Reasons);

/// <summary>The ranking of a request: those who fit, best first, and the closest of those who do not.</summary>
public sealed record RequestRanking(IReadOnlyList<RankedEmployer> Fits, IReadOnlyList<UnfitEmployer> Closest);
