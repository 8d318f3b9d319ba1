using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Reminders;

/// <summary>
/// "Send a test e-mail": lets a hub administrator check the mail server through the same durable
/// path reminders take. The subject carries the row's subject id so deliveries can be counted.
/// </summary>
public sealed class TestEmailComposer(HubInfo hub) : IMessageComposer
{
    public const string Kind = "test-email";

    public bool CanCompose(string kind) => kind == Kind;

    public Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<OutgoingMail?>(new EmailBody()
            .Paragraph($"This is a test e-mail from SendCareers for {hub.Current.Name}.")
            .Paragraph("If you can read it, reminders and debrief links will reach people too.")
            .To(new MailAddress(message.RecipientEmail, message.RecipientName), $"SendCareers test e-mail {message.SubjectId}"));
}
