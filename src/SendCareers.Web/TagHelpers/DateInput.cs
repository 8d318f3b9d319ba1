using System.Globalization;

namespace SendCareers.Web.TagHelpers;

/// <summary>
/// A GOV.UK date input as typed: day, month and year as text, so nothing typed is lost. <see cref="TryRead"/>
/// turns it into a date or the GOV.UK message that says what is wrong.
/// </summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();

    /// <summary>
    /// Reads the date; <paramref name="label"/> is the field's name in messages, e.g. "Date of birth", and
    /// <paramref name="example"/> a real date of the kind asked for, shown when the date typed is not one.
    /// </summary>
    public bool TryRead(string label, out DateOnly date, out string? error, string example = "27 3 2009")
    {
        date = default;
        error = null;
        if (IsEmpty)
        {
            error = $"Enter the {label.ToLowerInvariant()}";
            return false;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day))
        {
            missing.Add("day");
        }

        if (string.IsNullOrWhiteSpace(Month))
        {
            missing.Add("month");
        }

        if (string.IsNullOrWhiteSpace(Year))
        {
            missing.Add("year");
        }

        if (missing.Count > 0)
        {
            error = $"{label} must include a {string.Join(" and ", missing)}";
            return false;
        }

        if (!Number(Day, 2, out var day) || !Number(Month, 2, out var month) || !Number(Year, 4, out var year) || year < 1900 || year > 2200
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"{label} must be a real date, like {example}";
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Number(string? text, int maxDigits, out int value)
    {
        var trimmed = text?.Trim() ?? "";
        value = 0;
        return trimmed.Length is > 0 && trimmed.Length <= maxDigits && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
