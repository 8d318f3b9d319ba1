namespace SendCareers.Web.Encounters;

/// <summary>The outcome of a change to an encounter: done, refused with messages (by form field, or null for the page), or stale.</summary>
public sealed record EncounterResult(bool Done, bool Stale, IReadOnlyList<(string? Field, string Message)> Problems)
{
    public const string StaleMessage = "Someone else changed this encounter while you were looking at it. Check the details below and try again.";

    public static EncounterResult Success { get; } = new(true, false, []);

    public static EncounterResult StaleForm { get; } = new(false, true, [(null, StaleMessage)]);

    public static EncounterResult Refused(string? field, string message) => new(false, false, [(field, message)]);
}
