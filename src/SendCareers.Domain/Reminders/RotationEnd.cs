namespace SendCareers.Domain.Reminders;

/// <summary>
/// The end of one supported-internship rotation: its number as the job coach sees it, and the instant
/// its last day finishes. The number goes into the debrief's dedupe key, so renumbering moves the debrief.
/// </summary>
public sealed record RotationEnd(int Number, DateTimeOffset EndsAt);
