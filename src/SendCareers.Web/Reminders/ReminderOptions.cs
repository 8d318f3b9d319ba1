using System.Globalization;
using SendCareers.Domain.Reminders;

namespace SendCareers.Web.Reminders;

/// <summary>
/// The hub's reminder choices, bound from "Reminders" (one installation serves one hub). Whole days
/// and hours keep the settings file readable; a value the domain rejects stops the app at start-up
/// (see <see cref="ReminderOptionsValidator"/>), naming the setting.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>
    /// Days before the start that briefings go out (7 and 1 when not set); the smallest is the "day before"
    /// reminder with the attendance links. No default array here: the binder would add to it, not replace it.
    /// </summary>
    public int[]? BriefingDaysBefore { get; set; }

    public int DebriefHoursAfterEnd { get; set; } = 2;

    public int ChaserDaysAfterDebrief { get; set; } = 3;

    /// <summary>What is wrong, one line per setting, each starting with the setting's name; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, "Reminders:BriefingDaysBefore", string.Join(", ", Briefings()),
            () => ReminderSettings.Default with { BriefingOffsets = Briefings().Select(d => TimeSpan.FromDays(d)).ToList() });
        Check(problems, "Reminders:DebriefHoursAfterEnd", DebriefHoursAfterEnd.ToString(CultureInfo.InvariantCulture),
            () => ReminderSettings.Default with { DebriefDelay = TimeSpan.FromHours(DebriefHoursAfterEnd) });
        Check(problems, "Reminders:ChaserDaysAfterDebrief", ChaserDaysAfterDebrief.ToString(CultureInfo.InvariantCulture),
            () => ReminderSettings.Default with { ChaserDelay = TimeSpan.FromDays(ChaserDaysAfterDebrief) });
        return problems;
    }

    /// <summary>The settings the engine uses; only call on options that passed <see cref="Problems"/>.</summary>
    public ReminderSettings ToSettings()
    {
        if (Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return ReminderSettings.Default with
        {
            BriefingOffsets = Briefings().Select(d => TimeSpan.FromDays(d)).ToList(),
            DebriefDelay = TimeSpan.FromHours(DebriefHoursAfterEnd),
            ChaserDelay = TimeSpan.FromDays(ChaserDaysAfterDebrief),
        };
    }

    /// <summary>
    /// These options with the hub's own choices (from the hub settings page) in place of any that are set;
    /// null values leave the configured ones.
    /// </summary>
    public ReminderOptions WithHubChoices(string? briefingDaysBefore, int? debriefHoursAfterEnd, int? chaserDaysAfterDebrief) => new()
    {
        BriefingDaysBefore = briefingDaysBefore is not null && TryParseDays(briefingDaysBefore, out var days) ? days : BriefingDaysBefore,
        DebriefHoursAfterEnd = debriefHoursAfterEnd ?? DebriefHoursAfterEnd,
        ChaserDaysAfterDebrief = chaserDaysAfterDebrief ?? ChaserDaysAfterDebrief,
    };

    /// <summary>The briefing days as configured (7 and 1 when not set), largest first, for showing as the default.</summary>
    public IReadOnlyList<int> ConfiguredBriefingDays => Briefings().OrderDescending().ToList();

    /// <summary>
    /// Reads whole numbers of days separated by commas, spaces or "and" ("7, 1", "14 and 2"); false when
    /// anything else was typed or there are more than 10.
    /// </summary>
    public static bool TryParseDays(string text, out int[] days)
    {
        days = [];
        var parts = text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > 10)
        {
            return false;
        }

        var parsed = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 4 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out parsed[i]))
            {
                return false;
            }
        }

        days = parsed;
        return true;
    }

    /// <summary>Days as stored on the hub row and shown in the form: largest first, "7, 1".</summary>
    public static string FormatDays(IEnumerable<int> days) => string.Join(", ", days.OrderDescending());

    private int[] Briefings() => BriefingDaysBefore is { Length: > 0 } days ? days : [7, 1];

    private static void Check(List<string> problems, string setting, string value, Func<ReminderSettings> settings)
    {
        IReadOnlyList<string> found;
        try
        {
            found = settings().Problems();
        }
        catch (ArgumentOutOfRangeException)
        {
            found = ["The value is far too large"];
        }
        catch (OverflowException)
        {
            found = ["The value is far too large"];
        }

        problems.AddRange(found.Select(problem => $"{setting} is {value}: {problem}."));
    }
}
