using Humanizer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Web.Backups;
using SendCareers.Web.Data;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.Backups;

/// <summary>
/// Backups of the embedded database: when the last one ran, how big it is, which are kept, and a button
/// to take one now. On PostgreSQL the page says the database server's own backups are used instead.
/// </summary>
public class IndexModel(DatabaseBackups backups, IOptions<BackupOptions> options, AppDbContext db, AuditTrail audit) : PageModel
{
    public const string BackedUpByHand = "Backed up the database";

    public bool OnSqlite { get; private set; }

    public BackupHealth Health { get; private set; } = new(null, null, true);

    public IReadOnlyList<BackupFile> Files { get; private set; } = [];

    public BackupOptions Options => options.Value;

    public string Folder => backups.Folder;

    [TempData]
    public string? Done { get; set; }

    public string? Failed { get; private set; }

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return RedirectToPage();
        }

        try
        {
            var file = await backups.BackUpAsync(cancellationToken);
            await audit.RecordAsync(BackedUpByHand, "Database", file!.Name, cancellationToken: cancellationToken);
            Done = $"The database was backed up ({Size(file.Bytes)}).";
            return RedirectToPage();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Failed = "The backup failed: " + exception.Message;
            Load();
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }

    /// <summary>"at 1:30am" for a daily cron, else the setting as it is.</summary>
    public string RunsAt =>
        Options.Cron.Split(' ') is [var minute, var hour, "*", "*", "*"]
        && int.TryParse(minute, out var m) && int.TryParse(hour, out var h) && m is >= 0 and < 60 && h is >= 0 and < 24
            ? "at " + SendCareers.Domain.Reminders.UkTime.FormatTime(new TimeOnly(h, m))
            : $"on the schedule \"{Options.Cron}\"";

    public static string Size(long bytes) => bytes.Bytes().Humanize("0.#");

    private void Load()
    {
        OnSqlite = db.Database.IsSqlite();
        if (OnSqlite)
        {
            Health = backups.Health();
            Files = backups.List();
        }
    }
}
