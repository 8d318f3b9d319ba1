using System.Globalization;

namespace SendCareers.Web;

/// <summary>Dates and times as people in the UK write them: "23 November 2026", "9:30am".</summary>
public static class UkFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTimeZone.Instance).ToString("d MMMM yyyy", EnGb);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string DateTime(System.DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkTimeZone.Instance);
        var time = local.Minute == 0 ? local.ToString("%h", EnGb) : local.ToString("h:mm", EnGb);
        return $"{local.ToString("d MMMM yyyy", EnGb)} at {time}{(local.Hour < 12 ? "am" : "pm")}";
    }
}
