using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Reminders;

/// <summary>
/// This instance's identity in message claims. After a restart, rows this instance had claimed but
/// not finished are released at once instead of waiting for the lease to expire.
/// </summary>
public sealed class DispatcherInstance(IOptions<DispatchOptions> options, TimeProvider time, ILogger<DispatcherInstance> logger)
{
    private int _recovered;

    public string Id { get; } = string.IsNullOrWhiteSpace(options.Value.InstanceId) ? Environment.MachineName : options.Value.InstanceId!;

    public string NewClaimToken() => $"{Id}:{Guid.NewGuid():N}";

    public async Task RecoverOwnClaimsOnceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _recovered, 1) == 1)
        {
            return;
        }

        var prefix = Id + ":";
        var now = time.GetUtcNow().UtcDateTime;
        var released = await db.ScheduledMessages
            .Where(m => m.State == MessageState.Sending && m.ClaimedBy != null && m.ClaimedBy.StartsWith(prefix))
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
