using System.Globalization;

namespace SendCareers.Web.Infrastructure.Paging;

/// <summary>
/// Reads list filters from the address. Each returns null for anything it does not recognise, so a hand-edited
/// or stale bookmark narrows the list less instead of failing.
/// </summary>
public static class FilterValues
{
    /// <summary>A named value of <typeparamref name="TEnum"/> ("Confirmed"), never a number or an undefined value.</summary>
    public static TEnum? Named<TEnum>(string? value) where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value) && char.IsLetter(value[0]) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;

    /// <summary>A record id: a whole number from 1 up.</summary>
    public static int? Id(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>Words to search for, trimmed and cut to <paramref name="maxLength"/>; null when there are none.</summary>
    public static string? Text(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, maxLength)];
    }

    /// <summary>A date as a date field sends it (2026-09-01); <paramref name="invalid"/> says something else was typed.</summary>
    public static DateOnly? Date(string? value, out bool invalid)
    {
        invalid = false;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1900 and <= 2200)
        {
            return date;
        }

        invalid = true;
        return null;
    }

    /// <summary>The UTC instant a UK calendar day starts, for comparing with stored UTC times.</summary>
    public static DateTime UkDayStartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), UkTimeZone.Instance);

    /// <summary>A date as a date field wants it back.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
