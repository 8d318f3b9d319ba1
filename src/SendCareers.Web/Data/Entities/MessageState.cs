namespace SendCareers.Web.Data.Entities;

public enum MessageState
{
    /// <summary>Waiting for its due time (or its next attempt after a failure).</summary>
    Pending = 1,

    /// <summary>Claimed by an instance that is sending it now; the claim expires after a lease.</summary>
    Sending,

    Sent,

    /// <summary>Every attempt failed: shown to hub administrators with a retry button.</summary>
    Failed,

    /// <summary>No longer wanted (dates changed, placement withdrawn) and never sent.</summary>
    Cancelled,

    /// <summary>
    /// A notice to someone who chose one e-mail a day: held for their daily summary (the row named by
    /// <see cref="ScheduledMessage.DigestId"/>), and marked sent when that summary is sent.
    /// </summary>
    InDigest,
}
