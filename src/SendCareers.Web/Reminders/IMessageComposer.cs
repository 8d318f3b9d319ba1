using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Reminders;

/// <summary>
/// Renders the e-mail for scheduled messages of some kinds, at send time, from the ids on the row,
/// so a reminder always carries the latest dates and places.
/// </summary>
public interface IMessageComposer
{
    bool CanCompose(string kind);

    /// <summary>
    /// Whether this composer writes this row. Placements and encounters share message kinds, so a
    /// composer for one subject type says so here rather than by kind alone.
    /// </summary>
    bool CanCompose(ScheduledMessage message) => CanCompose(message.Kind);

    /// <summary>The e-mail to send, or null when it is no longer wanted (the row is then cancelled).</summary>
    Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken);
}
