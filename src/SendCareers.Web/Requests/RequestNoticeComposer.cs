using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Requests;

/// <summary>
/// Writes, at send time, the e-mails of a school's request: the invitation with its "I can do it" and
/// "Not this time" links (one single-use token, no sign-in), "thank you, it is filled", "it was withdrawn",
/// and "an employer accepted" to the coach. An invitation no longer open (answered, filled, withdrawn) is not sent.
/// The group is a count; nobody's name is in any of them.
/// </summary>
public sealed class RequestNoticeComposer(AppDbContext db, TokenService tokens, LinkBuilder links, HubInfo hub, TimeProvider time) : IMessageComposer
{
    public bool CanCompose(string kind) => RequestWorkflow.Kinds.Contains(kind);

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        var to = new MailAddress(message.RecipientEmail, message.RecipientName);
        var hello = string.IsNullOrWhiteSpace(message.RecipientName) ? "Hello," : $"Hello {message.RecipientName},";
        if (message.Kind == RequestWorkflow.Accepted)
        {
            var request = await db.EncounterRequests.AsNoTracking().Where(r => r.Id == message.SubjectId)
                .Select(r => new { r.Id, r.Title, r.State, r.EncounterId, Employer = r.AcceptedEmployer!.OrganisationName })
                .SingleOrDefaultAsync(cancellationToken);
            if (request is not { State: RequestState.Accepted, EncounterId: not null })
            {
                return null;
            }

            return new EmailBody()
                .Paragraph(hello)
                .Paragraph($"{request.Employer} can do \"{request.Title}\". The encounter is scheduled, and its reminders will go out as usual.")
                .Link("See the encounter (you will be asked to sign in)", links.Absolute($"/coach/encounters/{request.EncounterId}"))
                .WhyAndHowToChange("you posted this request.", links)
                .To(to, $"Accepted: \"{request.Title}\" with {request.Employer}");
        }

        var invitation = await db.RequestInvitations.AsNoTracking().Where(i => i.Id == message.SubjectId)
            .Select(i => new
            {
                i.Id, i.State, i.Request!.Title, i.Request.Kind, i.Request.FirstDay, i.Request.LastDay, i.Request.Days, i.Request.StartTime, i.Request.EndTime,
                i.Request.Venue, Group = i.Request.YoungPersonIds.Count, School = i.Request.School!.Name, Employer = i.Employer!.OrganisationName,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        var what = $"\"{invitation.Title}\" ({RequestText.KindName(invitation.Kind).ToLowerInvariant()})";
        switch (message.Kind)
        {
            case RequestWorkflow.Invite:
                if (invitation.State != InvitationState.Invited)
                {
                    return null;
                }

                var lastMoment = UkTime.FromUk(invitation.LastDay, TimeOnly.MaxValue).UtcDateTime - time.GetUtcNow().UtcDateTime;
                var token = Uri.EscapeDataString(tokens.Issue(TokenPurpose.RequestAnswer, invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), lastMoment > TimeSpan.FromHours(1) ? lastMoment : TimeSpan.FromHours(1)));
                await db.SaveChangesAsync(cancellationToken);
                return new EmailBody()
                    .Paragraph(hello)
                    .Paragraph($"{invitation.School} is looking for an employer for {what}, for a group of {RequestText.Group(invitation.Group)}.")
                    .Paragraph($"When: {RequestText.Window(invitation.FirstDay, invitation.LastDay, invitation.Days)}, {RequestText.Times(invitation.StartTime, invitation.EndTime)}. Where: {RequestText.VenueName(invitation.Venue).ToLowerInvariant()}.")
                    .Paragraph($"{invitation.Employer} is one of a few employers asked, because it fits well. The first to say yes gets it.")
                    .Link("I can do it", links.Absolute($"/requests/answer/{token}"))
                    .Link("Not this time", links.Absolute($"/requests/answer/{token}?answer=no"))
                    .Paragraph("The links work once; you do not need to sign in. You will be asked to choose the date and who will host it.")
                    .WhyAndHowToChange($"{invitation.Employer} offers this kind of encounter on {hub.Current.Name}.", links)
                    .To(to, $"Can you help? {invitation.Title}");
            case RequestWorkflow.Filled when invitation.State == InvitationState.Filled:
                return new EmailBody()
                    .Paragraph(hello)
                    .Paragraph($"Thank you for being ready to help with {what} for {invitation.School}. Another employer said yes first, so it is filled and you need do nothing.")
                    .Paragraph("We will ask again when something fits you.")
                    .WhyAndHowToChange($"{invitation.Employer} was invited to this request.", links)
                    .To(to, $"Filled, thank you: {invitation.Title}");
            case RequestWorkflow.Withdrawn when invitation.State == InvitationState.Withdrawn:
                return new EmailBody()
                    .Paragraph(hello)
                    .Paragraph($"{invitation.School} no longer needs {what}, so the invitation is withdrawn and its links no longer work. Thank you for considering it.")
                    .WhyAndHowToChange($"{invitation.Employer} was invited to this request.", links)
                    .To(to, $"No longer needed: {invitation.Title}");
            default:
                return null;
        }
    }
}
