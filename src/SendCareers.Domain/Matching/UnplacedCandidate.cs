namespace SendCareers.Domain.Matching;

/// <summary>A young person the allocator could not place, with a sentence saying why.</summary>
public sealed record UnplacedCandidate(MatchCandidate Candidate, UnplacedReason Reason, int EligibleOpenings, string Explanation);
