using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.People;

/// <summary>
/// Writes an invitation e-mail at send time. The link's token is issued here, so only the newest e-mail's
/// link works: writing it stops any earlier one. A row for an invitation that was accepted, cancelled or
/// sent again since is not sent.
/// </summary>
public sealed class InvitationComposer(AppDbContext db, Invitations invitations, TokenService tokens, LinkBuilder links, HubInfo hub, TimeProvider time) : IMessageComposer
{
    public bool CanCompose(string kind) => kind == Invitations.MessageKind;

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var invitation = message.SubjectType != SubjectTypes.Invitation ? null : await db.Invitations.AsNoTracking()
            .Include(i => i.School).Include(i => i.Employer)
            .SingleOrDefaultAsync(i => i.Id == message.SubjectId, cancellationToken);
        if (invitation is not { AcceptedAtUtc: null, CancelledAtUtc: null } || invitation.ExpiresAtUtc <= now
            || Invitations.SendOf(message.DedupeKey) != invitation.Sends)
        {
            return null;
        }

        await invitations.StopLinksAsync(invitation.Id, cancellationToken);
        var token = tokens.Issue(TokenPurpose.Invitation, Invitations.SubjectOf(invitation.Id), invitation.ExpiresAtUtc - now);
        // The token must be saved before the e-mail goes out, or its link would not work.
        await db.SaveChangesAsync(cancellationToken);

        var what = invitation.Role switch
        {
            Roles.HubAdmin => "as a hub administrator",
            Roles.JobCoach => invitation.School is { } school ? $"as a job coach at {school.Name}" : "as a job coach",
            _ => invitation.Employer is { } employer ? $"as a contact for {employer.OrganisationName}" : "as an employer contact",
        };
        return new EmailBody()
            .Paragraph($"Hello {invitation.DisplayName},")
            .Paragraph($"{hub.Current.Name} has invited you to use SendCareers {what}.")
            .Paragraph("SendCareers is where the hub arranges employer encounters, work experience and supported internships for young people with special educational needs and disabilities.")
            .Link("Accept the invitation and choose a password", links.Absolute($"/account/invitation/{Uri.EscapeDataString(token)}"))
            .Paragraph($"The link works once and stops working on {UkFormat.DateTime(invitation.ExpiresAtUtc)}. If it has stopped, ask the person who invited you to send it again.")
            .Paragraph("If you were not expecting this e-mail, you can ignore it.")
            .To(new MailAddress(invitation.Email, invitation.DisplayName), $"You are invited to SendCareers for {hub.Current.Name}");
    }
}
