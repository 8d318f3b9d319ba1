namespace SendCareers.Web.Data.Entities;

/// <summary>
/// One e-mail that must go out at a time: a briefing reminder, a debrief link, a chaser, an alert.
/// The database row is the source of truth; Hangfire only wakes the dispatcher. The Message-ID is
/// fixed when the row is created, so if a crash after the SMTP server's "250 OK" causes a resend,
/// the duplicate is recognisably the same message.
/// </summary>
public class ScheduledMessage
{
    public long Id { get; set; }

    /// <summary>What to send, e.g. "briefing-employer"; a composer for the kind renders it at send time.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Unique: planning the same reminder twice never creates a second row.</summary>
    public string DedupeKey { get; set; } = "";

    public string RecipientEmail { get; set; } = "";

    public string? RecipientName { get; set; }

    /// <summary>What the message is about, as a type and id (e.g. "placement", 42): ids, never personal data.</summary>
    public string SubjectType { get; set; } = "";

    public long SubjectId { get; set; }

    public DateTime DueAtUtc { get; set; }

    public MessageState State { get; set; } = MessageState.Pending;

    public int Attempts { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }

    public string MessageId { get; set; } = "";

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    /// <summary>The daily summary this notice waits in (state <see cref="MessageState.InDigest"/>), or null.</summary>
    public long? DigestId { get; set; }
}
