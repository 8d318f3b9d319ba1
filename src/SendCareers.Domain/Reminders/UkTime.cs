using System.Globalization;

namespace SendCareers.Domain.Reminders;

/// <summary>
/// UK civil time for people and UTC for machines. Everything is stored and scheduled in UTC; only what
/// a person reads (e-mails, pages, calendar invites) is shown in Europe/London time, which moves between
/// GMT and BST on the last Sundays of March and October.
/// </summary>
public static class UkTime
{
    public const string TimeZoneId = "Europe/London";

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The same instant with the UK offset (+00:00 in winter, +01:00 in summer).</summary>
    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    /// <summary>
    /// The UTC instant for a UK wall-clock time. A time skipped when the clocks go forward (01:30 on the
    /// last Sunday in March) is taken as the hour after; a time that happens twice when they go back is
    /// taken as the first (BST) one, so nobody turns up an hour late.
    /// </summary>
    public static DateTimeOffset FromUk(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = London.IsAmbiguousTime(local)
            ? London.GetAmbiguousTimeOffsets(local).Max()
            : London.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// Moves an instant the way people count: whole days on the UK calendar, keeping the wall-clock time,
    /// then any part-day exactly. "7 days before 9:30am on Tuesday 27 October" is 9:30am on 20 October,
    /// although a clock change means that is 7 days and 1 hour earlier.
    /// </summary>
    public static DateTimeOffset Shift(DateTimeOffset instant, TimeSpan by)
    {
        var days = (int)by.TotalDays;
        var rest = by - TimeSpan.FromDays(days);
        if (days == 0)
        {
            return (instant + rest).ToUniversalTime();
        }

        var moved = ToUk(instant).DateTime.AddDays(days);
        return FromUk(DateOnly.FromDateTime(moved), TimeOnly.FromDateTime(moved)) + rest;
    }

    /// <summary>GOV.UK style: "Tuesday 1 December 2026 at 9:30am", "at 10am", "at midday".</summary>
    public static string Format(DateTimeOffset instant)
    {
        var uk = ToUk(instant);
        return $"{FormatDate(DateOnly.FromDateTime(uk.DateTime), withDayName: true)} at {FormatTime(TimeOnly.FromDateTime(uk.DateTime))}";
    }

    /// <summary>"1 December 2026", or "Tuesday 1 December 2026" with the day name; no leading zero, no comma.</summary>
    public static string FormatDate(DateOnly date, bool withDayName = false) =>
        date.ToString(withDayName ? "dddd d MMMM yyyy" : "d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"9:30am", "5pm", "midday", "midnight": the GOV.UK style guide's 12-hour clock.</summary>
    public static string FormatTime(TimeOnly time)
    {
        if (time is { Minute: 0, Hour: 12 })
        {
            return "midday";
        }

        if (time is { Minute: 0, Hour: 0 })
        {
            return "midnight";
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? "" : $":{time.Minute:00}";
        return $"{hour}{minutes}{(time.Hour < 12 ? "am" : "pm")}";
    }
}
