using Hangfire;
using Microsoft.Extensions.Options;
using SendCareers.Web.Backups;
using SendCareers.Web.Placements;
using SendCareers.Web.Reminders;
using SendCareers.Web.Retention;

namespace SendCareers.Web;

/// <summary>
/// Every recurring job of the app, in one list, registered in the background with retries.
/// Registering takes Hangfire's per-job distributed lock; with PostgreSQL an instance killed while it
/// held that lock leaves it behind until it goes stale, and a start-up that registered in line then
/// died on the held lock (a crash loop after a hard kill). Now start-up never waits on it: the app
/// serves at once, and the jobs, which already exist in the shared storage, are updated when the lock
/// is free.
/// </summary>
public sealed class RecurringJobs(
    IRecurringJobManager recurring,
    IOptions<DispatchOptions> dispatch,
    IOptions<BackupOptions> backup,
    ILogger<RecurringJobs> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(1);

    /// <summary>Set once every job is registered (tests and health checks may wait on it).</summary>
    public Task Registered => registered.Task;

    private readonly TaskCompletionSource registered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void RegisterAll()
    {
        // Hangfire only wakes the dispatcher; the database holds the work.
        recurring.AddOrUpdate<MessageDispatcher>("dispatch-messages", d => d.DispatchDueAsync(CancellationToken.None), dispatch.Value.Cron);
        recurring.AddOrUpdate<PlacementClock>("placement-clock", c => c.AdvanceAsync(CancellationToken.None), "*/5 * * * *");
        recurring.AddOrUpdate<SendCareers.Web.Requests.RequestWorkflow>("request-waves", w => w.AdvanceDueAsync(CancellationToken.None), "*/5 * * * *");
        recurring.AddOrUpdate<RetentionJob>(
            RetentionJob.RecurringJobId,
            j => j.EraseDueAsync(CancellationToken.None),
            "0 2 * * *",
            new RecurringJobOptions { TimeZone = UkTimeZone.Instance });
        // A no-op on PostgreSQL, whose server has its own backups.
        recurring.AddOrUpdate<DatabaseBackups>(
            DatabaseBackups.RecurringJobId,
            b => b.RunAsync(CancellationToken.None),
            backup.Value.Cron,
            new RecurringJobOptions { TimeZone = UkTimeZone.Instance });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var delay = FirstRetry;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                RegisterAll();
                registered.TrySetResult();
                if (attempt > 1)
                {
                    logger.LogInformation("Recurring jobs registered on attempt {Attempt}", attempt);
                }

                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not register the recurring jobs (attempt {Attempt}); trying again in {Delay}", attempt, delay);
            }

            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = delay * 2 < LongestRetry ? delay * 2 : LongestRetry;
        }
    }
}
