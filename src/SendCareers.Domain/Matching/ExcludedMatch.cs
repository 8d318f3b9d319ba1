namespace SendCareers.Domain.Matching;

/// <summary>A pairing ruled out by one or more hard constraints, with a sentence for each.</summary>
public sealed class ExcludedMatch
{
    private readonly PairContext _context;
    private readonly int _index;
    private IReadOnlyList<string>? _reasons;

    internal ExcludedMatch(PairContext context, int index, HardConstraint constraints)
    {
        _context = context;
        _index = index;
        Constraints = constraints;
    }

    public MatchCandidate Candidate => _context.Person.Source;

    public MatchOpening Opening => _context.Catalogue.Openings[_index];

    /// <summary>Every hard constraint the pair breaks.</summary>
    public HardConstraint Constraints { get; }

    /// <summary>One sentence per constraint, in the order of <see cref="HardConstraint"/>; written on first use.</summary>
    public IReadOnlyList<string> Reasons => _reasons ??= ReasonWriter.ExclusionReasons(_context, _index);

    public override string ToString() => $"{Opening.Id}: {Constraints}";
}
