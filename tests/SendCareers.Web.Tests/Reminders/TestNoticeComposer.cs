using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Tests.Reminders;

/// <summary>A composer for the kind "test-notice": subject carries the row id so arrivals can be counted.</summary>
public sealed class TestNoticeComposer : IMessageComposer
{
    public const string Kind = "test-notice";

    public bool CanCompose(string kind) => kind == Kind;

    public Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<OutgoingMail?>(message.SubjectId < 0
            ? null
            : new OutgoingMail([new MailAddress(message.RecipientEmail, message.RecipientName)], $"Notice {message.SubjectId}", "A test notice."));
}
