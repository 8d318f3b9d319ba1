namespace SendCareers.Domain.Placements;

/// <summary>
/// The practical details of a placement as they stand when a move is asked for. Anything not yet
/// arranged is null or blank. Dates are UTC instants: the first morning and the last afternoon.
/// </summary>
public sealed record PlacementArrangements(
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    string? SupervisorName = null,
    string? JobCoachId = null,
    string? TravelPlan = null)
{
    public static PlacementArrangements None { get; } = new();

    /// <summary>What is still missing before the placement can be confirmed, in the order a form shows them.</summary>
    public IReadOnlyList<ConfirmationRequirement> MissingForConfirmation()
    {
        var missing = new List<ConfirmationRequirement>();
        if (StartsAt is not { } start || EndsAt is not { } end || end <= start)
        {
            missing.Add(ConfirmationRequirement.Dates);
        }

        if (string.IsNullOrWhiteSpace(SupervisorName))
        {
            missing.Add(ConfirmationRequirement.Supervisor);
        }

        if (string.IsNullOrWhiteSpace(JobCoachId))
        {
            missing.Add(ConfirmationRequirement.JobCoach);
        }

        if (string.IsNullOrWhiteSpace(TravelPlan))
        {
            missing.Add(ConfirmationRequirement.TravelPlan);
        }

        return missing;
    }
}
