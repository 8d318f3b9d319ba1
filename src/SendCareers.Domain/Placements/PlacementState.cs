namespace SendCareers.Domain.Placements;

/// <summary>
/// Where a placement is in its life. The numbers are stored by the web layer, so they never change.
/// Completed, Declined, Withdrawn and EndedEarly are final: nothing moves out of them.
/// </summary>
public enum PlacementState
{
    Proposed = 1,
    Agreed,
    Confirmed,
    InProgress,
    Completed,
    Declined,
    Withdrawn,
    EndedEarly,
}

public static class PlacementStateExtensions
{
    public static bool IsFinal(this PlacementState state) =>
        state is PlacementState.Completed or PlacementState.Declined or PlacementState.Withdrawn or PlacementState.EndedEarly;

    /// <summary>Lower-case words for sentences: "in progress", "ended early".</summary>
    public static string Describe(this PlacementState state) => state switch
    {
        PlacementState.Proposed => "proposed",
        PlacementState.Agreed => "agreed",
        PlacementState.Confirmed => "confirmed",
        PlacementState.InProgress => "in progress",
        PlacementState.Completed => "completed",
        PlacementState.Declined => "declined",
        PlacementState.Withdrawn => "withdrawn",
        PlacementState.EndedEarly => "ended early",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
