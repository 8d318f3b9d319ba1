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
    private IReadOnlyList<MatchReason>? _marked;

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

    /// <summary>Short sentences: anything not met about the employer's checks first, then travel, interests, skills, support, employer, schedule and variety.</summary>
    public IReadOnlyList<string> Reasons => [.. MarkedReasons.Select(static reason => reason.Text)];

    /// <summary>The reasons with their tick, warning or cross, in the order of <see cref="Reasons"/>.</summary>
    // Two threads may both build the list on first use; they build equal lists, so the race is harmless.
    public IReadOnlyList<MatchReason> MarkedReasons => _marked ??= ReasonWriter.Reasons(_context, _index);

    /// <summary>What the young person needs that this opening does not give as it stands (crosses).</summary>
    public IReadOnlyList<MatchReason> NotMet => [.. MarkedReasons.Where(static reason => reason.Mark == ReasonMark.NotMet)];

    /// <summary>The words for the score; never "good fit" or "strong fit" while anything is not met.</summary>
    public FitLevel Fit => FitLevels.For(Score, MarkedReasons.Any(static reason => reason.Mark == ReasonMark.NotMet));

    /// <summary>A good or strong fit with nothing not met.</summary>
    public bool IsGoodFit => Fit >= FitLevel.Good;

    public override string ToString() => $"{Opening.Id}: {Score}";
}
