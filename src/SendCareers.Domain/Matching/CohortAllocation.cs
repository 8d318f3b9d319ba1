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
}
