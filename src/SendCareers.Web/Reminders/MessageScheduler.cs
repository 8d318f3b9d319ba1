using Hangfire;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Reminders;

/// <summary>
/// Adds scheduled-message rows to the caller's unit of work, so a message is planned in the same
/// transaction as the change that needs it (nothing half-saved). Idempotent by dedupe key.
/// </summary>
public sealed class MessageScheduler(AppDbContext db, TimeProvider time, IBackgroundJobClient jobs, ILogger<MessageScheduler> logger)
{
    private readonly string _domain = "sendcareers.local";

    /// <summary>Adds the message unless one with the same dedupe key exists. Call SaveChanges after.</summary>
    public async Task<bool> ScheduleAsync(MessageRequest request, CancellationToken cancellationToken = default)
    {
        var exists = db.ScheduledMessages.Local.Any(m => m.DedupeKey == request.DedupeKey)
            || await db.ScheduledMessages.AnyAsync(m => m.DedupeKey == request.DedupeKey, cancellationToken);
        if (exists)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.ScheduledMessages.Add(new ScheduledMessage
        {
            Kind = request.Kind,
            DedupeKey = request.DedupeKey,
            RecipientEmail = request.RecipientEmail.Trim(),
            RecipientName = request.RecipientName,
            SubjectType = request.SubjectType,
            SubjectId = request.SubjectId,
            DueAtUtc = request.DueAtUtc,
            NextAttemptAtUtc = request.DueAtUtc,
            State = MessageState.Pending,
            MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(_domain),
            CreatedAtUtc = now,
        });
        return true;
    }

    /// <summary>Cancels unsent messages about a subject, optionally only those of some kinds.</summary>
    public async Task<int> CancelPendingAsync(string subjectType, long subjectId, IReadOnlyCollection<string>? kinds = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query = db.ScheduledMessages.Where(m => m.SubjectType == subjectType && m.SubjectId == subjectId && m.State == MessageState.Pending);
        if (kinds is not null)
        {
            query = query.Where(m => kinds.Contains(m.Kind));
        }

        return await query.ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MessageState.Cancelled).SetProperty(m => m.CancelledAtUtc, now), cancellationToken);
    }

    /// <summary>Wakes the dispatcher now rather than at its next tick (for messages due at once).</summary>
    public void DispatchSoon()
    {
        try
        {
            jobs.Enqueue<MessageDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }
        catch (Exception ex) when (ex is InvalidOperationException or Hangfire.BackgroundJobClientException)
        {
            // Waking early is a nicety: the recurring tick will still pick the message up.
            logger.LogWarning(ex, "Could not enqueue an immediate dispatch");
        }
    }
}
