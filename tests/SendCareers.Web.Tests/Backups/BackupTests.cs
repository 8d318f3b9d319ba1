using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Backups;
using SendCareers.Web.Data;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Backups;

/// <summary>
/// The nightly backup of the embedded database, on a real SQLite file: a backup taken while the app runs
/// restores into a fresh app with every record, old backups are tidied, and the hub administrator is warned
/// when backups fail or stop. (SQLite only: with PostgreSQL the app does not back up.)
/// </summary>
public sealed class BackupTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 1, 30, 0, TimeSpan.Zero);

    private static SendCareersApp SqliteApp() => new SendCareersApp().Set("Database:Provider", "Sqlite");

    [Fact]
    public async Task ABackupTakenWhileRunning_RestoresIntoAFreshApp_WithEveryRecord()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sc-backup-" + Guid.NewGuid().ToString("N") + ".db");
        Dictionary<string, long> before;
        await using (var app = SqliteApp().WithClock(Monday))
        {
            using var admin = app.CreateFormClient();
            await admin.SignInAsync("admin@sendcareers.test");
            // A change made just now, still in the write-ahead log, must be in the backup too.
            await app.WithDbAsync(db => db.Hubs.ExecuteUpdateAsync(h => h.SetProperty(x => x.Name, "Restored Hub")));

            await admin.GetAsync("/admin/backups");
            before = await CountEveryTableAsync(app); // the backup's own audit entry comes after it
            var posted = await admin.SubmitAsync("/admin/backups", new Dictionary<string, object?>());
            Assert.Equal(HttpStatusCode.Redirect, posted.Status);
            var page = await admin.GetAsync("/admin/backups");
            Assert.Contains("The database was backed up", page.Document.QuerySelector("[data-testid=notice]")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Monday 23 November 2026 at 1:30am", page.Document.QuerySelector("[data-testid=backup-last]")!.TextContent, StringComparison.Ordinal);

            var backup = Assert.Single(app.Services.GetRequiredService<DatabaseBackups>().List());
            File.Copy(backup.Path, copy); // the app's data folder goes when it stops
            Assert.True(before["YoungPeople"] > 0 && before["AspNetUsers"] > 0 && before["Placements"] > 0);
            Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == Pages.Admin.Backups.IndexModel.BackedUpByHand)));
            Assert.Empty(app.Errors.Entries);
        }

        await using var restored = SqliteApp().WithoutDemoData();
        File.Move(copy, Path.Combine(restored.DataFolder, "sendcareers.db"));

        var after = await CountEveryTableAsync(restored);
        Assert.True(before.Count == after.Count && before.All(b => after[b.Key] == b.Value), string.Join(", ", before.Where(b => after.GetValueOrDefault(b.Key) != b.Value).Select(b => $"{b.Key}: {b.Value} then {after.GetValueOrDefault(b.Key)}")));
        Assert.Equal("Restored Hub", await restored.WithDbAsync(db => db.Hubs.Select(h => h.Name).SingleAsync()));
        using var again = restored.CreateFormClient();
        await again.SignInAsync("coach@sendcareers.test");
        var youngPeople = await again.GetAsync("/coach/young-people");
        Assert.Equal(HttpStatusCode.OK, youngPeople.Status);
    }

    [Fact]
    public async Task NightlyBackups_KeepOnlyWhatTheSettingsSay()
    {
        await using var app = SqliteApp().WithClock(Monday).Set("Backup:KeepDays", "3").Set("Backup:KeepWeeks", "0");
        var backups = app.Services.GetRequiredService<DatabaseBackups>();

        for (var night = 0; night < 6; night++)
        {
            await backups.RunAsync(CancellationToken.None);
            app.Clock!.Advance(TimeSpan.FromDays(1));
        }

        var kept = backups.List().Select(b => b.TakenAtUtc.UtcDateTime.Day).ToList();
        Assert.Equal([28, 27, 26], kept);
    }

    [Fact]
    public async Task AFailedBackup_WarnsTheAdministrator_UntilABackupWorks()
    {
        await using var app = SqliteApp().WithClock(Monday);
        var backups = app.Services.GetRequiredService<DatabaseBackups>();

        // A new hub has no backup yet: the dashboard says so.
        Assert.Contains("has not been backed up yet", await DashboardWarningAsync(app), StringComparison.Ordinal);

        await backups.RunAsync(CancellationToken.None);
        Assert.Null(await DashboardWarningAsync(app));

        // The next night the backup cannot be written (here, something is in the way of its file).
        app.Clock!.Advance(TimeSpan.FromDays(1));
        var stamp = app.Clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var inTheWay = Path.Combine(backups.Folder, $"sendcareers-{stamp}.db.partial");
        Directory.CreateDirectory(Path.Combine(inTheWay, "in-the-way"));
        await Assert.ThrowsAnyAsync<Exception>(() => backups.RunAsync(CancellationToken.None));

        Assert.Contains("The database backup on Tuesday 24 November 2026 at 1:30am failed", await DashboardWarningAsync(app), StringComparison.Ordinal);
        using (var admin = app.CreateFormClient())
        {
            await admin.SignInAsync("admin@sendcareers.test");
            var page = await admin.GetAsync("/admin/backups");
            Assert.Contains("failed", page.Document.QuerySelector("[data-testid=backup-failed]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Single(backups.List()); // the good one from Monday is still there

        // Two days without a good backup: still warned. Then a backup by hand clears it.
        app.Clock.Advance(TimeSpan.FromDays(2));
        Directory.Delete(inTheWay, recursive: true);
        Assert.NotNull(await DashboardWarningAsync(app));
        using (var admin = app.CreateFormClient())
        {
            await admin.SignInAsync("admin@sendcareers.test");
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/backups", new Dictionary<string, object?>())).Status);
        }

        Assert.Null(await DashboardWarningAsync(app));
    }

    [Fact]
    public async Task ABackupOlderThanTwoDays_IsShownAsAProblem()
    {
        await using var app = SqliteApp().WithClock(Monday);
        await app.Services.GetRequiredService<DatabaseBackups>().RunAsync(CancellationToken.None);
        app.Clock!.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Null(await DashboardWarningAsync(app));

        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Contains("more than two days ago", await DashboardWarningAsync(app), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyHubAdministrators_MayBackUp()
    {
        await using var app = SqliteApp();
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("/admin/backups")).Status);
        Assert.Empty(app.Services.GetRequiredService<DatabaseBackups>().List());
    }

    /// <summary>The backup warning on the administrator's dashboard (signing in afresh: the fake clock ends sessions), or null.</summary>
    private static async Task<string?> DashboardWarningAsync(SendCareersApp app)
    {
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var dashboard = await admin.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        return dashboard.Document.QuerySelector("[data-testid=backup-warning]")?.TextContent;
    }

    private static Task<Dictionary<string, long>> CountEveryTableAsync(SendCareersApp app) => app.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    });
}
