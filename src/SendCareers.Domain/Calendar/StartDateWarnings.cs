using PublicHoliday;
using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Calendar;

/// <summary>
/// Why a start date may be a mistake: a Saturday or Sunday, a bank holiday in England (from the
/// PublicHoliday package's England and Wales calendar, with substitute days), or a day outside the
/// opening's own dates. Each warning is a sentence a coach reads before confirming the date is right.
/// </summary>
public static class StartDateWarnings
{
    private static readonly UKBankHoliday BankHolidays = new();

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["New Year"] = "New Year's Day",
        ["Good Friday"] = "Good Friday",
        ["Easter Monday"] = "Easter Monday",
        ["Early May"] = "the early May bank holiday",
        ["Spring"] = "the spring bank holiday",
        ["Summer"] = "the summer bank holiday",
        ["Christmas"] = "Christmas Day",
        ["Boxing Day"] = "Boxing Day",
    };

    public static IReadOnlyList<string> For(DateOnly date, DateOnly? openingFrom = null, DateOnly? openingTo = null)
    {
        var warnings = new List<string>();
        var day = UkTime.FormatDate(date, withDayName: true);
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            warnings.Add($"{day} is a {date.DayOfWeek}");
        }

        if (BankHolidayName(date) is { } holiday)
        {
            warnings.Add($"{day} is a bank holiday ({holiday})");
        }

        if (openingFrom is { } from && date < from)
        {
            warnings.Add($"The opening starts on {UkTime.FormatDate(from)}, after this date");
        }

        if (openingTo is { } to && date > to)
        {
            warnings.Add($"The opening ends on {UkTime.FormatDate(to)}, before this date");
        }

        return warnings;
    }

    /// <summary>The bank holiday in England on <paramref name="date"/>, or the one moved to it from a weekend, or null.</summary>
    public static string? BankHolidayName(DateOnly date)
    {
        foreach (var holiday in BankHolidays.PublicHolidaysInformation(date.Year))
        {
            var name = Names.GetValueOrDefault(holiday.EnglishName, holiday.EnglishName);
            if (DateOnly.FromDateTime(holiday.HolidayDate) == date)
            {
                return name;
            }

            if (DateOnly.FromDateTime(holiday.ObservedDate) == date)
            {
                return $"{name}, moved from the weekend";
            }
        }

        return null;
    }
}
