using Microsoft.AspNetCore.OutputCaching;

namespace SendCareers.Web.Guidance;

/// <summary>
/// Checks the content folder every second (file times and sizes, a few dozen stat calls) and reloads
/// the library when files have changed and settled, then drops cached guidance pages. Polling rather
/// than a FileSystemWatcher: it works on every file system and uses no inotify instances.
/// </summary>
internal sealed class GuidanceContentWatcher(GuidanceLibrary library, IOutputCacheStore cache, IConfiguration configuration, ILogger<GuidanceContentWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, configuration.GetValue("Content:PollMilliseconds", 1000)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (library.ReloadIfChanged())
                {
                    await cache.EvictByTagAsync(GuidanceServiceCollectionExtensions.OutputCacheTag, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep serving the pages already loaded; the next tick tries again.
                logger.LogError(e, "Reloading guidance from {Root} failed", library.ContentRoot);
            }
        }
    }
}
