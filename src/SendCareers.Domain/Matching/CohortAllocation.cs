namespace SendCareers.Domain.Matching;

/// <summary>
/// The outcome of allocating a cohort: who goes where (in young person id order), who could not be
/// placed and why, and warnings about pins.
/// </summary>
public sealed record CohortAllocation(
    IReadOnlyList<Allocation> Placed,
    IReadOnlyList<UnplacedCandidate> Unplaced,
    IReadOnlyList<PinWarning> Warnings)
{
    /// <summary>Sum of the placed young people's scores, pins included.</summary>
    public int TotalScore => Placed.Sum(static allocation => allocation.Score);

    /// <summary>How many placed young people got their first choice (see <see cref="Allocation.IsFirstChoice"/>).</summary>
    public int FirstChoices => Placed.Count(static allocation => allocation.IsFirstChoice);

    /// <summary>Pairs outside each person's best few that the optimality check had to add back (diagnostics and tests).</summary>
    internal int PairsAddedBack { get; init; }

    public int Pinned => Placed.Count(static allocation => allocation.IsPinned);

    /// <summary>The placed young people's mean score out of 100, rounded; 0 when nobody is placed.</summary>
    public int AverageScore => Placed.Count == 0 ? 0 : (int)Math.Round(TotalScore / (double)Placed.Count, MidpointRounding.AwayFromZero);
}
