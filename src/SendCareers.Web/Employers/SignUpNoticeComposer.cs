using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Employers;

/// <summary>Tells a hub administrator that an employer has signed up and waits for approval; not sent once it is decided.</summary>
public sealed class SignUpNoticeComposer(AppDbContext db, LinkBuilder links, HubInfo hub) : IMessageComposer
{
    public bool CanCompose(string kind) => kind == Notices.SignUpWaiting;

    public bool CanCompose(ScheduledMessage message) => message.SubjectType == Notices.EmployerSubject && CanCompose(message.Kind);

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == message.SubjectId, cancellationToken);
        if (employer is not { Status: EmployerStatus.AwaitingApproval })
        {
            return null;
        }

        var offer = employer.IsCornerstone ? "a cornerstone employer's commitment for the year" : "time with young people";
        return new EmailBody()
            .Paragraph(string.IsNullOrWhiteSpace(message.RecipientName) ? "Hello," : $"Hello {message.RecipientName},")
            .Paragraph($"{employer.OrganisationName} has signed up to offer {offer}, and confirmed their e-mail address. {employer.ContactName} is their contact.")
            .Paragraph("Check their details and safeguarding checks, then approve them so job coaches can see their openings, or decline with a reason.")
            .Link("Review the sign-up", links.Absolute($"/admin/employers/{employer.Id}"))
            .WhyAndHowToChange($"you are a hub administrator for {hub.Current.Name}.", links)
            .To(new MailAddress(message.RecipientEmail, message.RecipientName), $"New employer waiting for approval: {employer.OrganisationName}");
    }
}
