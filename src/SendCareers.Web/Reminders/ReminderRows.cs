using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Reminders;

/// <summary>
/// The scheduled-message rows of one placement or encounter, read back as the planner's messages and
/// written from its plans. Shared by placement and encounter reminders so both keep the same rules:
/// young people are briefed through their family, a cancelled key comes back to life rather than
/// clashing with the unique index, and the dispatcher is woken only after the caller commits.
/// </summary>
public sealed class ReminderRows(AppDbContext db, TimeProvider time, MessageScheduler scheduler)
{
    /// <summary>The stored, not cancelled, messages of a subject, and the keys of those already sent.</summary>
    public async Task<(List<PlannedMessage> Existing, HashSet<string> Sent)> StoredAsync(string subjectType, ScheduleSubject subject, CancellationToken cancellationToken)
    {
        var rows = await db.ScheduledMessages.AsNoTracking()
            .Where(m => m.SubjectType == subjectType && m.SubjectId == subject.Id && m.State != MessageState.Cancelled)
            .Select(m => new { m.Kind, m.DedupeKey, m.DueAtUtc, m.State })
            .ToListAsync(cancellationToken);
        var existing = new List<PlannedMessage>();
        var sent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (RecipientIds.KindOf(row.Kind) is not { } kind || RecipientIds.FromDedupeKey(row.DedupeKey) is not { } audience)
            {
                continue;
            }

            existing.Add(new PlannedMessage(row.DedupeKey, subject, kind, audience, new DateTimeOffset(row.DueAtUtc, TimeSpan.Zero)));
            if (row.State == MessageState.Sent)
            {
                sent.Add(row.DedupeKey);
            }
        }

        return (existing, sent);
    }

    public Task<int> CancelAsync(string subjectType, long subjectId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return Task.FromResult(0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        return db.ScheduledMessages
            .Where(m => m.SubjectType == subjectType && m.SubjectId == subjectId && m.State == MessageState.Pending && keys.Contains(m.DedupeKey))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MessageState.Cancelled).SetProperty(m => m.CancelledAtUtc, now), cancellationToken);
    }

    public async Task AddAsync(string subjectType, IEnumerable<PlannedMessage> planned, IReadOnlyList<Addressee> addressees, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dueNow = false;
        foreach (var message in planned)
        {
            // Young people are briefed through their family's Easy Read message, not separately.
            if (message.Audience.Role == RecipientRole.YoungPerson && (message.Kind.IsBriefing() || message.Kind == MessageKind.ChangeNotice))
            {
                continue;
            }

            if (addressees.FirstOrDefault(a => a.Recipient.Id == message.Audience.Id) is not { } to)
            {
                continue;
            }

            var due = message.DueAt.UtcDateTime;
            var stored = await db.ScheduledMessages.FirstOrDefaultAsync(m => m.DedupeKey == message.DedupeKey, cancellationToken);
            if (stored is { State: MessageState.Cancelled })
            {
                // Dates changed back: the key comes back to life rather than clashing with the unique index.
                stored.State = MessageState.Pending;
                stored.DueAtUtc = due;
                stored.NextAttemptAtUtc = due;
                stored.Attempts = 0;
                stored.CancelledAtUtc = null;
                stored.RecipientEmail = to.Email.Trim();
                stored.RecipientName = to.Name;
            }
            else if (stored is null)
            {
                await scheduler.ScheduleAsync(
                    new MessageRequest(message.Kind.Token(), message.DedupeKey, to.Email, to.Name, subjectType, message.Subject.Id, due),
                    cancellationToken);
            }

            dueNow |= message.DueAt <= now;
        }

        DispatchWanted |= dueNow;
    }

    /// <summary>
    /// Points the unsent messages of a subject at each recipient's current address: when a placement's job
    /// coach changes, the young person's Easy Read messages (read with the coach when the family has no
    /// e-mail) keep their keys but must go to the new coach.
    /// </summary>
    public async Task ReaddressAsync(string subjectType, long subjectId, IReadOnlyList<Addressee> addressees, CancellationToken cancellationToken)
    {
        var pending = await db.ScheduledMessages
            .Where(m => m.SubjectType == subjectType && m.SubjectId == subjectId && m.State == MessageState.Pending)
            .ToListAsync(cancellationToken);
        foreach (var row in pending)
        {
            if (RecipientIds.FromDedupeKey(row.DedupeKey) is { } audience
                && addressees.FirstOrDefault(a => a.Recipient.Id == audience.Id) is { } to
                && !string.Equals(row.RecipientEmail, to.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                row.RecipientEmail = to.Email.Trim();
                row.RecipientName = to.Name;
            }
        }
    }

    /// <summary>True when something planned is due at once; call <see cref="DispatchIfWanted"/> after committing.</summary>
    public bool DispatchWanted { get; private set; }

    public void DispatchIfWanted()
    {
        if (DispatchWanted)
        {
            DispatchWanted = false;
            scheduler.DispatchSoon();
        }
    }
}
