namespace SendCareers.Domain.Placements;

/// <summary>
/// The answer to "may this move happen?". Accepted decisions carry the transition to store; refused
/// ones carry plain-English problems to show the user, and for confirmation the list of what is missing.
/// </summary>
public sealed record TransitionDecision
{
    private TransitionDecision(PlacementTransition? transition, IReadOnlyList<string> problems, IReadOnlyList<ConfirmationRequirement> missing)
    {
        Transition = transition;
        Problems = problems;
        Missing = missing;
    }

    public PlacementTransition? Transition { get; }

    public IReadOnlyList<string> Problems { get; }

    /// <summary>Only filled when confirmation was refused for want of arrangements.</summary>
    public IReadOnlyList<ConfirmationRequirement> Missing { get; }

    public bool IsAccepted => Transition is not null;

    internal static TransitionDecision Accept(PlacementTransition transition) => new(transition, [], []);

    internal static TransitionDecision Refuse(string problem) => new(null, [problem], []);

    internal static TransitionDecision RefuseMissing(IReadOnlyList<ConfirmationRequirement> missing) =>
        new(null, missing.Select(m => m.Instruction()).ToList(), missing);
}
