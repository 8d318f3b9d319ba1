using SendCareers.Domain.Placements;

namespace SendCareers.Web.Placements;

/// <summary>
/// The outcome of asking for a move: done, refused with messages (each against a form field when it
/// belongs to one, or null for the page as a whole), or stale because someone else saved first.
/// </summary>
public sealed record PlacementMove(bool Done, bool Stale, IReadOnlyList<(string? Field, string Message)> Problems)
{
    public const string StaleMessage = "Someone else changed this placement while you were looking at it. Check the details below and try again.";

    public static PlacementMove Success { get; } = new(true, false, []);

    public static PlacementMove StaleForm { get; } = new(false, true, [(null, StaleMessage)]);

    public static PlacementMove Refused(string? field, string message) => new(false, false, [(field, message)]);

    public static PlacementMove Refused(IReadOnlyList<(string? Field, string Message)> problems) => new(false, false, problems);
}
