using System.Globalization;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Openings;

/// <summary>An opening's details as rows of a GOV.UK summary list, in words.</summary>
public static class OpeningSummary
{
    public static IReadOnlyList<(string Key, string Value)> Rows(Opening o)
    {
        static string Or(string text, string empty) => text.Length == 0 ? empty : text;
        var when = (o.StartsOn, o.EndsOn) switch
        {
            ({ } s, { } e) when s == e => UkFormat.Date(s),
            ({ } s, { } e) => $"{UkFormat.Date(s)} to {UkFormat.Date(e)}",
            ({ } s, null) => $"From {UkFormat.Date(s)}",
            (null, { } e) => $"Until {UkFormat.Date(e)}",
            _ => "Dates to be agreed",
        };
        if (o.StartTime is { } st)
        {
            when += $", {st.ToString("HH:mm", CultureInfo.InvariantCulture)}" + (o.EndTime is { } et ? $" to {et.ToString("HH:mm", CultureInfo.InvariantCulture)}" : "");
        }

        var ages = (o.MinimumAge, o.MaximumAge) switch
        {
            ({ } min, { } max) => $"{min} to {max}",
            ({ } min, null) => $"{min} and over",
            (null, { } max) => $"Up to {max}",
            _ => "Any age",
        };
        return
        [
            ("Kind", EnumLabels.For(o.Kind)),
            ("Kind of work", EnumLabels.For(o.Sector)),
            ("Tasks", Or(string.Join(", ", (o.Tasks ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), "Not given")),
            ("Skills that help", o.SkillsWanted ?? "Not given"),
            ("Where", (o.Address is { } address ? address + ", " : "") + o.Postcode + (o.LocationKnown ? "" : " (we cannot place this area on the map, so distances are unknown)")),
            ("Meeting point", o.MeetingPoint ?? "Not given"),
            ("When", when),
            ("Days", Or(EnumLabels.List(EnumLabels.FlagsOf(o.Days).Cast<Enum>()), "Not given")),
            ("Hours a week", o.HoursPerWeek is { } h ? h.ToString("0.#", CultureInfo.InvariantCulture) : "Not given"),
            ("Places", o.Places.ToString(CultureInfo.InvariantCulture)),
            ("Support on site", Or(EnumLabels.List(EnumLabels.FlagsOf(o.SupportOffered).Cast<Enum>()), "None listed")),
            ("What the place is like", Or(EnumLabels.List(EnumLabels.FlagsOf(o.EnvironmentPresent).Cast<Enum>()), "Nothing listed")),
            ("Ways of communicating", Or(EnumLabels.List(EnumLabels.FlagsOf(o.CommunicationSupported).Cast<Enum>()), "Not given")),
            ("Ages", ages),
            ("EHCP needed", o.EhcpRequired ? "Yes" : "No"),
            ("Contract of employment", o.HasContract ? "Yes" : "No"),
            ("Status", EnumLabels.For(o.Status)),
        ];
    }
}
