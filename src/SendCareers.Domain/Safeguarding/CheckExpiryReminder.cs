using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Safeguarding;

/// <summary>When to remind the employer and the hub that a check is running out: 30 days before, at 9am UK time.</summary>
public static class CheckExpiryReminder
{
    public const int DaysBefore = 30;

    public static readonly TimeOnly SendAt = new(9, 0);

    /// <summary>The slot in dedupe keys, "P30D".</summary>
    public static string Slot => DedupeKey.OffsetSlot(TimeSpan.FromDays(DaysBefore));

    /// <summary>Due 30 days before expiry, or now if that has passed (a check recorded close to its expiry).</summary>
    public static DateTimeOffset DueAt(DateOnly expiresOn, DateTimeOffset now)
    {
        var due = UkTime.FromUk(expiresOn.AddDays(-DaysBefore), SendAt);
        return due < now ? now : due;
    }

    /// <summary>The instant the reminder is about; a renewed check has a new anchor, so a new reminder.</summary>
    public static DateTimeOffset Anchor(DateOnly expiresOn) => UkTime.FromUk(expiresOn, TimeOnly.MinValue);
}
