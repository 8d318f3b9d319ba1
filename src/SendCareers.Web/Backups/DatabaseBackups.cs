using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Web.Data;

namespace SendCareers.Web.Backups;

/// <summary>
/// Online backups of the embedded SQLite database, through SQLite's backup API (safe while the app is
/// reading and writing). Each backup is written under a temporary name, checked with SQLite's
/// <c>quick_check</c>, and only then given its final name, so a file called <c>sendcareers-*.db</c> is
/// always a whole, readable database. Old backups are tidied by <see cref="BackupOptions.Rotation"/>.
/// The outcome of the last attempt is kept in <c>backup-status.json</c> in the same folder, so the
/// hub administrator sees when a backup failed even if no backup file was written.
/// </summary>
public sealed class DatabaseBackups(
    IServiceScopeFactory scopes,
    IOptions<BackupOptions> options,
    DataPaths paths,
    TimeProvider time,
    ILogger<DatabaseBackups> logger)
{
    public const string RecurringJobId = "database-backup";

    private const string Prefix = "sendcareers-";
    private const string Extension = ".db";
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";
    private const string StatusFile = "backup-status.json";

    /// <summary>A backup older than this is shown to administrators as a problem.</summary>
    public static readonly TimeSpan TooOld = TimeSpan.FromDays(2);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public string Folder => options.Value.FolderIn(paths);

    /// <summary>Takes a backup now and tidies old ones. Null on PostgreSQL (nothing to do).</summary>
    public async Task<BackupFile?> BackUpAsync(CancellationToken cancellationToken)
    {
        string connectionString;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!db.Database.IsSqlite())
            {
                return null;
            }

            connectionString = db.Database.GetConnectionString()!;
        }

        await OneAtATime.WaitAsync(cancellationToken);
        var startedAt = time.GetUtcNow();
        try
        {
            Directory.CreateDirectory(Folder);
            var backup = Write(connectionString, startedAt);
            Tidy();
            SaveStatus(new BackupStatusRecord(startedAt, startedAt, null));
            logger.LogInformation("Database backed up to {File} ({Bytes} bytes)", backup.Name, backup.Bytes);
            return backup;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever went wrong (disk full, folder missing, a file in the way), record it for administrators.
            logger.LogError(exception, "The database backup failed");
            var previous = ReadStatus();
            TrySaveStatus(new BackupStatusRecord(startedAt, previous?.LastSuccessUtc, exception.Message));
            throw;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>The nightly job: as <see cref="BackUpAsync"/>, for Hangfire.</summary>
    public Task RunAsync(CancellationToken cancellationToken) => BackUpAsync(cancellationToken);

    /// <summary>The backups in the folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var files = new List<BackupFile>();
        foreach (var path in Directory.EnumerateFiles(Folder, Prefix + "*" + Extension))
        {
            var name = Path.GetFileName(path);
            var stamp = name[Prefix.Length..^Extension.Length];
            if (DateTimeOffset.TryParseExact(stamp, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var takenAt))
            {
                files.Add(new BackupFile(path, name, takenAt, new FileInfo(path).Length));
            }
        }

        return files.OrderByDescending(f => f.TakenAtUtc).ToList();
    }

    /// <summary>What administrators need to know: the newest backup, and the last failure if it came after it.</summary>
    public BackupHealth Health()
    {
        var all = List();
        var newest = all.Count > 0 ? all[0] : null;
        var status = ReadStatus();
        var failure = status?.LastError is { } error && (newest is null || status.LastAttemptUtc > newest.TakenAtUtc)
            ? new BackupFailure(status.LastAttemptUtc, error)
            : null;
        var now = time.GetUtcNow();
        return new BackupHealth(newest, failure, newest is null || now - newest.TakenAtUtc > TooOld);
    }

    private BackupFile Write(string connectionString, DateTimeOffset startedAt)
    {
        var name = Prefix + startedAt.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture) + Extension;
        var final = Path.Combine(Folder, name);
        var partial = final + ".partial";
        File.Delete(partial);
        try
        {
            using (var source = new SqliteConnection(connectionString))
            using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                source.Open();
                target.Open();
                source.BackupDatabase(target);
                using var check = target.CreateCommand();
                check.CommandText = "PRAGMA quick_check";
                var answer = check.ExecuteScalar() as string;
                if (answer != "ok")
                {
                    throw new InvalidOperationException($"The backup did not pass SQLite's check: {answer}");
                }
            }

            File.Move(partial, final, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return new BackupFile(final, name, startedAt, new FileInfo(final).Length);
    }

    private void Tidy()
    {
        var all = List();
        var keep = options.Value.Rotation.Keep(all.Select(f => f.TakenAtUtc));
        foreach (var old in all.Where(f => !keep.Contains(f.TakenAtUtc)))
        {
            File.Delete(old.Path);
            logger.LogInformation("Deleted old backup {File}", old.Name);
        }
    }

    private string StatusPath => Path.Combine(Folder, StatusFile);

    private BackupStatusRecord? ReadStatus()
    {
        try
        {
            return File.Exists(StatusPath) ? JsonSerializer.Deserialize<BackupStatusRecord>(File.ReadAllText(StatusPath)) : null;
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            return null;
        }
    }

    private void SaveStatus(BackupStatusRecord status) => File.WriteAllText(StatusPath, JsonSerializer.Serialize(status));

    private void TrySaveStatus(BackupStatusRecord status)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            SaveStatus(status);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "Could not record the failed backup in {File}", StatusPath);
        }
    }

    private sealed record BackupStatusRecord(DateTimeOffset LastAttemptUtc, DateTimeOffset? LastSuccessUtc, string? LastError);
}

/// <summary>One backup file: when it was taken and how big it is.</summary>
public sealed record BackupFile(string Path, string Name, DateTimeOffset TakenAtUtc, long Bytes);

/// <summary>When the last backup attempt failed, and why.</summary>
public sealed record BackupFailure(DateTimeOffset AttemptedAtUtc, string Error);

/// <summary>The newest backup, a failure since it, and whether administrators should be warned.</summary>
public sealed record BackupHealth(BackupFile? Newest, BackupFailure? Failure, bool TooOld)
{
    public bool NeedsAttention => Failure is not null || TooOld;
}
