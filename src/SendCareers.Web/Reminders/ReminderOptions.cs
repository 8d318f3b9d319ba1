using SendCareers.Domain.Reminders;

namespace SendCareers.Web.Reminders;

/// <summary>
/// The hub's reminder choices, bound from "Reminders" (one installation serves one hub). Whole days
/// and hours keep the settings file readable; anything the domain rejects falls back to its defaults.
/// </summary>
public sealed class ReminderOptions
{
    /// <summary>
    /// Days before the start that briefings go out (7 and 1 when not set); the smallest is the "day before"
    /// reminder with the attendance links. No default array here: the binder would add to it, not replace it.
    /// </summary>
    public int[]? BriefingDaysBefore { get; set; }

    public int DebriefHoursAfterEnd { get; set; } = 2;

    public int ChaserDaysAfterDebrief { get; set; } = 3;

    public ReminderSettings ToSettings(ILogger logger)
    {
        var settings = ReminderSettings.Default with
        {
            BriefingOffsets = (BriefingDaysBefore is { Length: > 0 } days ? days : [7, 1]).Select(d => TimeSpan.FromDays(d)).ToList(),
            DebriefDelay = TimeSpan.FromHours(DebriefHoursAfterEnd),
            ChaserDelay = TimeSpan.FromDays(ChaserDaysAfterDebrief),
        };
        if (settings.Problems() is { Count: > 0 } problems)
        {
            logger.LogWarning("Reminders settings ignored, using the defaults: {Problems}", string.Join("; ", problems));
            return ReminderSettings.Default;
        }

        return settings;
    }
}
