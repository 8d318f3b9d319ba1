namespace SendCareers.Domain.Matching;

/// <summary>
/// An eligible pairing of a young person and an opening, with its 0–100 score and the reasons behind it.
/// A class rather than a record: the reasons are written on first use, because a ranking of thousands of
/// openings is usually shown a page at a time.
/// </summary>
public sealed class ScoredMatch
{
    private readonly PairContext _context;
    private readonly int _index;
    private IReadOnlyList<string>? _reasons;

    internal ScoredMatch(PairContext context, int index, int score)
    {
        _context = context;
        _index = index;
        Score = score;
    }

    public MatchCandidate Candidate => _context.Person.Source;

    public MatchOpening Opening => _context.Catalogue.Openings[_index];

    /// <summary>0 (poor fit) to 100 (every factor at its best).</summary>
    public int Score { get; }

    /// <summary>Short sentences, travel first, then interests, skills, support, employer, schedule and variety.</summary>
    // Two threads may both build the list on first use; they build equal lists, so the race is harmless.
    public IReadOnlyList<string> Reasons => _reasons ??= ReasonWriter.Reasons(_context, _index);

    public override string ToString() => $"{Opening.Id}: {Score}";
}
