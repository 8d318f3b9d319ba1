namespace SendCareers.Domain.Matching;

/// <summary>A young person given an opening by the allocator, or pinned there by their coach.</summary>
public sealed record Allocation(ScoredMatch Match, bool IsPinned)
{
    public MatchCandidate Candidate => Match.Candidate;

    public MatchOpening Opening => Match.Opening;

    public int Score => Match.Score;
}
