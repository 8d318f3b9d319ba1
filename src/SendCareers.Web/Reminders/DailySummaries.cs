using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Reminders;

/// <summary>
/// One e-mail a day instead of one per notice, for people who chose it on their e-mail settings page.
/// When a notice falls due for such a person, the dispatcher folds it into their next daily summary
/// (a scheduled-message row of its own, due at the hub's summary hour, one per person and day) instead
/// of sending it. The summary is written at send time from the notices still true, and when the server
/// accepts it those notices are marked sent in the same transaction: nothing is lost, nothing is told twice.
/// Only notices fold; briefings, calendar invites and debrief requests always go on their own, when due.
/// </summary>
public sealed class DailySummaries(AppDbContext db, MessageScheduler scheduler, HubInfo hub, TimeProvider time)
{
    public const string Kind = "daily-summary";

    /// <summary>A summary is about a person, who is named by the dedupe key; there is no subject row.</summary>
    public const string SubjectType = "summary";

    private enum Fold
    {
        Folded,
        SummaryAlreadyGoing,
        ClaimLost,
    }

    /// <summary>
    /// Folds a claimed notice into its recipient's next daily summary when they chose one. True when the
    /// row is no longer this dispatcher's to send (folded, or taken over by another instance).
    /// </summary>
    public async Task<bool> TryFoldAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        if (!Notices.AllKinds.Contains(message.Kind))
        {
            return false;
        }

        var userId = Notices.RecipientOf(message);
        var person = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.WantsDailySummary && u.DeactivatedAtUtc == null && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return false;
        }

        var hour = hub.Current.SummaryHour;
        var due = NextSummaryAt(time.GetUtcNow(), hour);
        for (var attempt = 0; attempt < 3; attempt++, due = UkTime.Shift(due, TimeSpan.FromDays(1)))
        {
            var summaryId = await SummaryRowAsync(userId, person.Email!, person.DisplayName, due, cancellationToken);
            switch (await FoldIntoAsync(message, summaryId, cancellationToken))
            {
                case Fold.Folded:
                case Fold.ClaimLost:
                    return true;
                case Fold.SummaryAlreadyGoing:
                    continue; // that day's summary is being sent: the next day's takes it
            }
        }

        return false;
    }

    /// <summary>
    /// After a summary was sent (or cancelled): in one transaction with marking the summary itself, the
    /// notices it listed are marked sent, those no longer true are cancelled, and any that arrived after it
    /// was written are released to be folded into the next one.
    /// </summary>
    public async Task SettleAsync(ScheduledMessage summary, DailySummaryComposer.Contents? contents, bool sent, Func<Task<int>> markSummary)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (await markSummary() != 1)
        {
            return; // the claim was taken over after its lease ran out: the other instance settles it
        }

        var waiting = db.ScheduledMessages.Where(m => m.DigestId == summary.Id && m.State == MessageState.InDigest);
        if (sent && contents is { Included.Count: > 0 })
        {
            var included = contents.Included.ToList();
            await waiting.Where(m => included.Contains(m.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, MessageState.Sent).SetProperty(m => m.SentAtUtc, now).SetProperty(m => m.Attempts, m => m.Attempts + 1),
                CancellationToken.None);
        }

        if (contents is { NoLongerTrue.Count: > 0 })
        {
            var gone = contents.NoLongerTrue.ToList();
            await waiting.Where(m => gone.Contains(m.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, MessageState.Cancelled).SetProperty(m => m.CancelledAtUtc, now),
                CancellationToken.None);
        }

        // Arrived after the summary was written, or the summary was not sent: each goes round again.
        await waiting.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.State, MessageState.Pending).SetProperty(m => m.DigestId, (long?)null).SetProperty(m => m.NextAttemptAtUtc, now),
            CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>The next time, strictly after <paramref name="now"/>, that the clock in the UK shows <paramref name="hour"/>:00.</summary>
    public static DateTimeOffset NextSummaryAt(DateTimeOffset now, int hour)
    {
        var ukToday = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        var today = UkTime.FromUk(ukToday, new TimeOnly(hour, 0));
        return today > now ? today : UkTime.FromUk(ukToday.AddDays(1), new TimeOnly(hour, 0));
    }

    /// <summary>The id of the person's summary due at <paramref name="due"/>, made if it does not exist yet.</summary>
    private async Task<long> SummaryRowAsync(string userId, string email, string name, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(UkTime.ToUk(due).DateTime);
        var key = $"summary:{userId}:{day:yyyy-MM-dd}";
        var existing = await db.ScheduledMessages.Where(m => m.DedupeKey == key).Select(m => (long?)m.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        await scheduler.ScheduleAsync(new MessageRequest(Kind, key, email, name, SubjectType, 0, due.UtcDateTime), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance made the same day's summary a moment ago: use theirs.
        }

        db.ChangeTracker.Clear();
        return await db.ScheduledMessages.Where(m => m.DedupeKey == key).Select(m => m.Id).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// Moves the claimed notice into the summary, only while the summary is still waiting. On PostgreSQL the
    /// summary row is locked first, so a dispatcher claiming it waits until this fold is committed and then
    /// writes the summary with it; SQLite's single writer gives the same order.
    /// </summary>
    private async Task<Fold> FoldIntoAsync(ScheduledMessage message, long summaryId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pending = (int)MessageState.Pending;
        if (db.Database.IsNpgsql())
        {
            var waiting = await db.Database
                .SqlQuery<long>($"""SELECT "Id" AS "Value" FROM "ScheduledMessages" WHERE "Id" = {summaryId} AND "State" = {pending} FOR UPDATE""")
                .ToListAsync(cancellationToken);
            if (waiting.Count == 0)
            {
                return Fold.SummaryAlreadyGoing;
            }
        }
        else if (!await db.ScheduledMessages.AnyAsync(s => s.Id == summaryId && s.State == MessageState.Pending, cancellationToken))
        {
            return Fold.SummaryAlreadyGoing;
        }

        var folded = await db.ScheduledMessages
            .Where(m => m.Id == message.Id && m.ClaimedBy == message.ClaimedBy && m.State == MessageState.Sending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, MessageState.InDigest)
                    .SetProperty(m => m.DigestId, summaryId)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return folded == 1 ? Fold.Folded : Fold.ClaimLost;
    }
}
