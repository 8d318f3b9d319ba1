namespace SendCareers.Web.Data.Entities;

/// <summary>
/// The SEND Careers Hub this installation serves: its name appears in the header of every page. The
/// reminder and retention settings here, when set, are used in preference to the app's configuration
/// (which stays the default); the hub administrator edits them on the hub settings page.
/// </summary>
public class Hub : IVersioned
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Contact e-mail for the hub team, shown in e-mails and on guidance pages.</summary>
    public string ContactEmail { get; set; } = "";

    /// <summary>Contact telephone number for the hub team, as typed (empty when not given).</summary>
    public string ContactPhone { get; set; } = "";

    /// <summary>Days before the start that briefings go out, comma-separated (e.g. "7,1"); null uses configuration.</summary>
    public string? BriefingDaysBefore { get; set; }

    /// <summary>Hours after the end that the debrief request goes out; null uses configuration.</summary>
    public int? DebriefHoursAfterEnd { get; set; }

    /// <summary>Days an unanswered debrief waits before one chaser; null uses configuration.</summary>
    public int? ChaserDaysAfterDebrief { get; set; }

    /// <summary>Years a leaver's record is kept after destination tracking ends; null uses configuration.</summary>
    public int? RetentionYearsAfterTrackingEnds { get; set; }

    /// <summary>The hour (UK time, 0 to 23) the daily summary e-mail goes out; null uses <see cref="DefaultDailySummaryHour"/>.</summary>
    public int? DailySummaryHour { get; set; }

    public const int DefaultDailySummaryHour = 8;

    /// <summary>When a hub administrator last saved the hub settings; null until the first save (first-run checklist).</summary>
    public DateTime? SettingsSavedAtUtc { get; set; }

    public Guid Version { get; set; }

    public List<School> Schools { get; set; } = [];
}
