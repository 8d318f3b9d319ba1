using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Reminders;

/// <summary>
/// Sends due scheduled messages. Each batch is claimed in the database before anything is sent (so
/// two instances never send the same row), sent over one SMTP connection, and each row is marked
/// sent straight after the server accepts it. Only a crash between the server's acceptance and that
/// update can cause a resend, once, with the same Message-ID, after the claim's lease runs out.
/// </summary>
public sealed class MessageDispatcher(
    AppDbContext db,
    IMailer mailer,
    IEnumerable<IMessageComposer> composers,
    DailySummaries summaries,
    DailySummaryComposer summaryComposer,
    TimeProvider time,
    IOptions<DispatchOptions> options,
    DispatcherInstance instance,
    ILogger<MessageDispatcher> logger)
{
    private readonly DispatchOptions _options = options.Value;

    /// <summary>Sends everything due now, batch by batch. Returns how many were sent.</summary>
    [Hangfire.AutomaticRetry(Attempts = 0)]
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (!await instance.Gate.WaitAsync(0, cancellationToken))
        {
            // Another dispatch in this process is already sending; it loops until nothing is due.
            return 0;
        }

        try
        {
            return await DispatchWhileDueAsync(cancellationToken);
        }
        finally
        {
            instance.Gate.Release();
        }
    }

    private async Task<int> DispatchWhileDueAsync(CancellationToken cancellationToken)
    {
        await instance.RecoverOwnClaimsOnceAsync(db, cancellationToken);
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ClaimBatchAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var (batchSent, connectionFailed) = await SendBatchAsync(batch, cancellationToken);
            sent += batchSent;
            if (connectionFailed)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<List<ScheduledMessage>> ClaimBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claim = instance.NewClaimToken();
        var until = now.AddSeconds(_options.ClaimLeaseSeconds);

        var claimed = db.Database.IsNpgsql()
            ? await ClaimOnPostgresAsync(claim, now, until, cancellationToken)
            : await ClaimPortablyAsync(claim, now, until, cancellationToken);

        if (claimed == 0)
        {
            return [];
        }

        return await db.ScheduledMessages.AsNoTracking()
            .Where(m => m.ClaimedBy == claim && m.State == MessageState.Sending)
            .OrderBy(m => m.NextAttemptAtUtc)
            .ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// SQLite runs the whole statement under its single write lock, so a plain UPDATE ... WHERE Id IN
    /// (due rows) cannot claim a row twice. The due condition is repeated on the outer statement so
    /// the query stays correct on any provider that re-checks rows it waited for.
    /// </summary>
    private Task<int> ClaimPortablyAsync(string claim, DateTime now, DateTime until, CancellationToken cancellationToken)
    {
        var due = db.ScheduledMessages
            .Where(m => (m.State == MessageState.Pending && m.NextAttemptAtUtc <= now)
                || (m.State == MessageState.Sending && m.ClaimedUntilUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc)
            .ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(_options.BatchSize);

        return db.ScheduledMessages
            .Where(m => due.Contains(m.Id)
                && ((m.State == MessageState.Pending && m.NextAttemptAtUtc <= now)
                    || (m.State == MessageState.Sending && m.ClaimedUntilUtc < now)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, MessageState.Sending)
                    .SetProperty(m => m.ClaimedBy, claim)
                    .SetProperty(m => m.ClaimedUntilUtc, until),
                cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: FOR UPDATE SKIP LOCKED, so several instances claim disjoint batches at the same
    /// moment without waiting on each other's locks.
    /// </summary>
    private Task<int> ClaimOnPostgresAsync(string claim, DateTime now, DateTime until, CancellationToken cancellationToken)
    {
        var pending = (int)MessageState.Pending;
        var sending = (int)MessageState.Sending;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE "ScheduledMessages"
               SET "State" = {sending}, "ClaimedBy" = {claim}, "ClaimedUntilUtc" = {until}
             WHERE "Id" IN (
                   SELECT "Id" FROM "ScheduledMessages"
                    WHERE ("State" = {pending} AND "NextAttemptAtUtc" <= {now})
                       OR ("State" = {sending} AND "ClaimedUntilUtc" < {now})
                    ORDER BY "NextAttemptAtUtc", "Id"
                    LIMIT {_options.BatchSize}
                      FOR UPDATE SKIP LOCKED)
            """,
            cancellationToken);
    }

    /// <summary>
    /// Sends one claimed batch. Whatever goes wrong, no row is left claimed: a message not sent is
    /// released with the error recorded and its back-off applied, so it waits neither for the lease to
    /// run out nor longer than its policy says. Returns ConnectionFailed when this run should stop.
    /// </summary>
    private async Task<(int Sent, bool ConnectionFailed)> SendBatchAsync(List<ScheduledMessage> batch, CancellationToken cancellationToken)
    {
        IMailSession? session = null;
        var sent = 0;
        var i = 0;
        try
        {
            for (; i < batch.Count; i++)
            {
                var message = batch[i];
                OutgoingMail? mail;
                try
                {
                    if (await summaries.TryFoldAsync(message, cancellationToken))
                    {
                        continue; // waits in its recipient's daily summary
                    }

                    mail = await ComposeAsync(message, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not compose scheduled message {MessageId}", message.Id);
                    await RecordFailureAsync(message, "Could not prepare the message: " + ex.GetType().Name, cancellationToken);
                    continue;
                }

                if (mail is null)
                {
                    if (message.Kind == DailySummaries.Kind)
                    {
                        await summaries.SettleAsync(message, summaryComposer.WrittenFor(message.Id), sent: false, () => MarkAsync(message, MessageState.Cancelled, CancellationToken.None));
                    }
                    else
                    {
                        await MarkAsync(message, MessageState.Cancelled, cancellationToken);
                    }

                    continue;
                }

                try
                {
                    session ??= await mailer.OpenSessionAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Down, refusing (a "421" greeting: maintenance, connection limit, throttling),
                    // or failing to authenticate: every message left waits for its next attempt.
                    logger.LogWarning("SMTP server unavailable ({Error}); {Count} messages wait for their next attempt", Describe(ex), batch.Count - i);
                    await ReleaseAsync(batch.Skip(i), "Mail server unavailable: " + Describe(ex));
                    return (sent, true);
                }

                try
                {
                    await session.SendAsync(mail with { MessageId = message.MessageId }, cancellationToken);
                }
                catch (Exception ex) when (IsTransportFailure(ex) || ex is SmtpCommandException)
                {
                    logger.LogWarning("Sending scheduled message {MessageId} failed: {Error}", message.Id, Describe(ex));
                    await RecordFailureAsync(message, Describe(ex), cancellationToken);
                    if (ex is not SmtpCommandException)
                    {
                        // The connection is gone; open a fresh one for the next message.
                        await session.DisposeAsync();
                        session = null;
                    }

                    continue;
                }

                if (message.Kind == DailySummaries.Kind)
                {
                    await summaries.SettleAsync(message, summaryComposer.WrittenFor(message.Id), sent: true, () => MarkSentAsync(message, CancellationToken.None));
                }
                else
                {
                    await MarkSentAsync(message, CancellationToken.None);
                }

                sent++;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Sending a batch of scheduled messages stopped; {Count} messages wait for their next attempt", batch.Count - i);
            await ReleaseAsync(batch.Skip(i), "Sending stopped: " + ex.Message);
            return (sent, true);
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return (sent, false);
    }

    private async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        // Someone whose account was deactivated since the row was written has left: nothing more is sent to them.
        var normalized = message.RecipientEmail.Trim().ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.DeactivatedAtUtc != null, cancellationToken))
        {
            return null;
        }

        var composer = composers.FirstOrDefault(c => c.CanCompose(message))
            ?? throw new InvalidOperationException($"No composer for message kind '{message.Kind}'");
        return await composer.ComposeAsync(message, cancellationToken);
    }

    private Task<int> MarkSentAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.ScheduledMessages
            .Where(m => m.Id == message.Id && m.ClaimedBy == message.ClaimedBy)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, MessageState.Sent)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.SentAtUtc, now)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
                    .SetProperty(m => m.LastError, (string?)null),
                cancellationToken);
    }

    private Task<int> MarkAsync(ScheduledMessage message, MessageState state, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.ScheduledMessages
            .Where(m => m.Id == message.Id && m.ClaimedBy == message.ClaimedBy)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, state)
                    .SetProperty(m => m.CancelledAtUtc, state == MessageState.Cancelled ? now : null)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                cancellationToken);
    }

    /// <summary>Releases rows not sent, each as one failed attempt; never throws (the rows' lease is the last resort).</summary>
    private async Task ReleaseAsync(IEnumerable<ScheduledMessage> messages, string error)
    {
        foreach (var message in messages)
        {
            try
            {
                await RecordFailureAsync(message, error, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Could not release scheduled message {MessageId}; it is retried when its claim runs out", message.Id);
            }
        }
    }

    /// <summary>
    /// One real attempt failed. Only attempts count: a claim taken over after a crash or a restart is
    /// not one, so back-off and giving up follow what the mail server really did.
    /// </summary>
    private Task<int> RecordFailureAsync(ScheduledMessage message, string error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var decision = SmtpRetryPolicy.Default.AfterFailure(message.MessageId, message.Attempts + 1, now);
        var giveUp = decision.GiveUp;
        var next = (decision.NextAttemptAt ?? now).UtcDateTime;
        var text = error.Length > 1000 ? error[..1000] : error;
        return db.ScheduledMessages
            .Where(m => m.Id == message.Id && m.ClaimedBy == message.ClaimedBy)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, giveUp ? MessageState.Failed : MessageState.Pending)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.NextAttemptAtUtc, next)
                    .SetProperty(m => m.LastError, text)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                CancellationToken.None);
    }

    /// <summary>What the server said, with its reply code (421, 550, ...) where it gave one.</summary>
    private static string Describe(Exception ex) =>
        ex is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : ex.Message;

    private static bool IsTransportFailure(Exception ex) =>
        ex is IOException or System.Net.Sockets.SocketException or ServiceNotConnectedException or ProtocolException
            or SmtpProtocolException or TimeoutException or ServiceNotAuthenticatedException or MailKit.Security.AuthenticationException;
}
