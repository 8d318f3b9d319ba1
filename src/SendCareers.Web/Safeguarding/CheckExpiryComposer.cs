using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Safeguarding;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Safeguarding;

/// <summary>
/// Writes the expiry reminder at send time. If the check was renewed since the reminder was planned (its
/// expiry date no longer matches the one in the dedupe key), nothing is sent.
/// </summary>
public sealed class CheckExpiryComposer(AppDbContext db, HubInfo hub, LinkBuilder links) : IMessageComposer
{
    public bool CanCompose(string kind) => kind == MessageKind.CheckExpiry.Token();

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        if (message.SubjectType != CheckExpiryReminders.SubjectType)
        {
            return null;
        }

        var check = await db.EmployerChecks.AsNoTracking().Include(c => c.Employer).SingleOrDefaultAsync(c => c.Id == message.SubjectId, cancellationToken);
        if (check?.Employer is null || !message.DedupeKey.Contains(AnchorText(check.ExpiresOn), StringComparison.Ordinal))
        {
            return null;
        }

        var toAdmin = message.DedupeKey[(message.DedupeKey.LastIndexOf(':') + 1)..].StartsWith(CheckExpiryReminders.AdminPrefix, StringComparison.Ordinal);
        var what = check.Check.Describe();
        var body = new EmailBody()
            .Paragraph($"Hello {message.RecipientName},")
            .Paragraph(toAdmin
                ? $"{check.Employer.OrganisationName}'s {what} runs out on {UkTime.FormatDate(check.ExpiresOn)}."
                : $"Your {what} for {hub.Current.Name} runs out on {UkTime.FormatDate(check.ExpiresOn)}.")
            .Paragraph(toAdmin
                ? "Once it has run out, placements and visits that need it cannot be confirmed. Record the renewed date when the employer sends it."
                : $"Once it has run out, we cannot confirm placements or visits with you that need it. Please send the renewed document to {hub.Current.ContactEmail}, so young people's activities with you can go ahead.");
        body = toAdmin
            ? body.Link("Record the renewed check", links.Absolute($"/admin/employers/{check.EmployerId}/checks"))
            : body.Paragraph("Thank you for everything you do for our young people.");
        return body.To(new MailAddress(message.RecipientEmail, message.RecipientName), $"{char.ToUpperInvariant(what[0])}{what[1..]} runs out on {UkTime.FormatDate(check.ExpiresOn)}");
    }

    private static string AnchorText(DateOnly expiresOn) =>
        CheckExpiryReminder.Anchor(expiresOn).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
