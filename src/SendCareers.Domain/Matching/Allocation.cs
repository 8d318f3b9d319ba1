namespace SendCareers.Domain.Matching;

/// <summary>A young person given an opening by the allocator, or pinned there by their coach.</summary>
public sealed record Allocation(ScoredMatch Match, bool IsPinned)
{
    /// <summary>
    /// Not pinned, and no opening with a place left scores higher for this young person: they got their
    /// first choice (ties count), however the rest of the group was shared out.
    /// </summary>
    public bool IsFirstChoice { get; init; }

    public MatchCandidate Candidate => Match.Candidate;

    public MatchOpening Opening => Match.Opening;

    public int Score => Match.Score;
}
