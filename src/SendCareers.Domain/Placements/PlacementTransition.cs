namespace SendCareers.Domain.Placements;

/// <summary>
/// The audit record of one accepted move: who, in what role, when and why. The web layer stores it
/// as-is; together these rows are the placement's history.
/// </summary>
public sealed record PlacementTransition(
    PlacementState From,
    PlacementState To,
    ActorRole ActorRole,
    string ActorId,
    DateTimeOffset At,
    string? Reason);
