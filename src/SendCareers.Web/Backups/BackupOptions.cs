using SendCareers.Domain.Backups;

namespace SendCareers.Web.Backups;

/// <summary>
/// Settings for the nightly backup of the embedded SQLite database (<c>Backup:*</c>). With PostgreSQL the
/// app does not back up: the database server's own tools do (README, "Backups").
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where backups go; relative to the data folder when not rooted. Default: <c>backups</c> beside the database.</summary>
    public string Folder { get; set; } = "backups";

    /// <summary>How many nightly backups to keep (one per day).</summary>
    public int KeepDays { get; set; } = 7;

    /// <summary>How many weekly backups to keep, beyond the nightly ones (the newest of each week).</summary>
    public int KeepWeeks { get; set; } = 5;

    /// <summary>When the backup runs, as a cron expression in UK time. Default 01:30, before the 02:00 retention run.</summary>
    public string Cron { get; set; } = "30 1 * * *";

    public BackupRotation Rotation => new(KeepDays, KeepWeeks);

    /// <summary>The backup folder as a full path.</summary>
    public string FolderIn(DataPaths paths) => Path.GetFullPath(Path.Combine(paths.Root, Folder));
}
