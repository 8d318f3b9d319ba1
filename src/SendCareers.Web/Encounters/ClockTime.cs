using System.Globalization;
using System.Text.RegularExpressions;

namespace SendCareers.Web.Encounters;

/// <summary>Reads a time of day as people type it: "10am", "2:30pm", "14:30", "9.15", "midday".</summary>
public static partial class ClockTime
{
    public static bool TryParse(string? text, out TimeOnly time)
    {
        time = default;
        var trimmed = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (trimmed is "midday" or "noon")
        {
            time = new TimeOnly(12, 0);
            return true;
        }

        var match = Shape().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (suffix == "pm" ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?<s>am|pm)?$")]
    private static partial Regex Shape();
}
