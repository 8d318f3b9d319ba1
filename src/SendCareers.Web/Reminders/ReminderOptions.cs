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
