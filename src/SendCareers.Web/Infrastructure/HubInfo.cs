using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;

namespace SendCareers.Web;

/// <summary>
/// The hub's name, contact and own settings, read once and kept in memory: it is on every page, including
/// cached guidance pages that must not touch the database. Saving the hub settings clears it at once; it
/// is also read again after <see cref="MaximumAge"/>, so other instances on a shared database catch up.
/// </summary>
public sealed class HubInfo(IServiceScopeFactory scopes)
{
    public static readonly TimeSpan MaximumAge = TimeSpan.FromMinutes(1);

    private volatile Loaded? _loaded;

    /// <summary>
    /// What the hub row holds. The reminder and retention values are null where the hub has not chosen
    /// its own, so configuration applies.
    /// </summary>
    public sealed record Snapshot(
        string Name,
        string ContactEmail,
        string ContactPhone = "",
        string? BriefingDaysBefore = null,
        int? DebriefHoursAfterEnd = null,
        int? ChaserDaysAfterDebrief = null,
        int? RetentionYearsAfterTrackingEnds = null,
        bool SettingsSaved = false,
        int? DailySummaryHour = null)
    {
        /// <summary>The hour (UK time) the daily summary goes out: the hub's choice, else 8am.</summary>
        public int SummaryHour => DailySummaryHour ?? Data.Entities.Hub.DefaultDailySummaryHour;
    }

    private sealed record Loaded(Snapshot Snapshot, long AtTicks);

    public Snapshot Current =>
        _loaded is { } loaded && Environment.TickCount64 - loaded.AtTicks < (long)MaximumAge.TotalMilliseconds
            ? loaded.Snapshot
            : Load();

    public void Invalidate() => _loaded = null;

    private Snapshot Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hub = db.Hubs.AsNoTracking().OrderBy(h => h.Id)
            .Select(h => new Snapshot(h.Name, h.ContactEmail, h.ContactPhone, h.BriefingDaysBefore, h.DebriefHoursAfterEnd,
                h.ChaserDaysAfterDebrief, h.RetentionYearsAfterTrackingEnds, h.SettingsSavedAtUtc != null, h.DailySummaryHour))
            .FirstOrDefault();
        var snapshot = hub ?? new Snapshot("SEND Careers Hub", "");
        _loaded = new Loaded(snapshot, Environment.TickCount64);
        return snapshot;
    }
}
