using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Reminders;

/// <summary>
/// This instance's identity in message claims: "instance:boot:batch". After a restart, rows an
/// earlier run of this instance had claimed but not finished are released at once instead of
/// waiting for the lease to expire. Only earlier boots' claims are released, never this run's own,
/// so a dispatch already under way in this process keeps its batch.
/// </summary>
public sealed class DispatcherInstance(IOptions<DispatchOptions> options, TimeProvider time, ILogger<DispatcherInstance> logger)
{
    private int _recovered;

    public string Id { get; } = string.IsNullOrWhiteSpace(options.Value.InstanceId) ? Environment.MachineName : options.Value.InstanceId!;

    /// <summary>
    /// One dispatch at a time in this process: the recurring tick and an immediate wake-up may fire
    /// together, and with one message in flight per process a hard kill costs at most one duplicate.
    /// </summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    private readonly string _boot = Guid.NewGuid().ToString("N")[..12];

    public string NewClaimToken() => $"{Id}:{_boot}:{Guid.NewGuid():N}";

    public async Task RecoverOwnClaimsOnceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _recovered, 1) == 1)
        {
            return;
        }

        var prefix = Id + ":";
        var thisBoot = $"{Id}:{_boot}:";
        var now = time.GetUtcNow().UtcDateTime;
        var released = await db.ScheduledMessages
            .Where(m => m.State == MessageState.Sending && m.ClaimedBy != null && m.ClaimedBy.StartsWith(prefix) && !m.ClaimedBy.StartsWith(thisBoot))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, MessageState.Pending)
                    .SetProperty(m => m.NextAttemptAtUtc, now)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                cancellationToken);
        if (released > 0)
        {
            logger.LogWarning("Released {Count} messages this instance had claimed before it stopped; they may be sent again", released);
        }
    }
}
