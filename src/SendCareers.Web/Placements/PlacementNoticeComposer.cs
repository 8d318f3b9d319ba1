using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Placements;

/// <summary>
/// Writes the "you are needed" e-mails about a placement at send time. An employer hears the young
/// person's preferred first name only. A notice that is no longer true (the proposal was answered or
/// withdrawn before it went, the young person's record was erased) is not sent.
/// </summary>
public sealed class PlacementNoticeComposer(AppDbContext db, LinkBuilder links, HubInfo hub) : IMessageComposer
{
    public bool CanCompose(string kind) => Notices.PlacementKinds.Contains(kind);

    public bool CanCompose(Data.Entities.ScheduledMessage message) => message.SubjectType == SubjectTypes.Placement && CanCompose(message.Kind);

    public async Task<OutgoingMail?> ComposeAsync(Data.Entities.ScheduledMessage message, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking()
            .Include(p => p.Opening).ThenInclude(o => o!.Employer)
            .Include(p => p.YoungPerson).ThenInclude(y => y!.School)
            .SingleOrDefaultAsync(p => p.Id == message.SubjectId, cancellationToken);
        if (placement?.Opening?.Employer is not { } employer || placement.YoungPerson is not { ErasedAtUtc: null } person)
        {
            return null;
        }

        var coachId = placement.ProposedByUserId ?? placement.JobCoachUserId;
        var coach = coachId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == coachId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        var name = PersonName.FirstName(person.PreferredName);
        var school = person.School?.Name ?? "their school";
        var opening = placement.Opening.Title;
        var kind = EnumLabels.For(placement.Opening.Kind).ToLowerInvariant();
        var to = new MailAddress(message.RecipientEmail, message.RecipientName);
        var hello = string.IsNullOrWhiteSpace(message.RecipientName) ? "Hello," : $"Hello {message.RecipientName},";
        var body = new EmailBody().Paragraph(hello);

        switch (message.Kind)
        {
            case Notices.ProposalWaiting when placement.State == PlacementState.Proposed:
                body.Paragraph($"{coach?.DisplayName ?? "A job coach"} from {school} would like {name} to join you for \"{opening}\" ({kind}).")
                    .Paragraph("Please look at what they suggest and say whether you can take it, and who will supervise. It takes a few minutes. If it does not suit you, you can say why, and the coach will look for something else.")
                    .Link("Answer the proposal (you will be asked to sign in)", links.Absolute($"/my-organisation/placements/{placement.Id}"))
                    .WhyAndHowToChange($"you are a contact for {employer.OrganisationName} on {hub.Current.Name}, and {employer.OrganisationName} offered \"{opening}\".", links);
                return body.To(to, $"{name} from {school} for \"{opening}\": can you take them?");

            case Notices.ProposalAnswered when Notices.OutcomeOf(message) == "agreed":
                body.Paragraph($"{employer.OrganisationName} has accepted {name} for \"{opening}\" ({kind}).")
                    .Paragraph(placement.SupervisorName is { Length: > 0 } supervisor ? $"Their supervisor will be {supervisor}." : "They have not named a supervisor yet.")
                    .Paragraph("Next: agree the dates, the job coach and a travel plan, then confirm the placement. Briefings go out once it is confirmed.")
                    .Link("Confirm the placement", links.Absolute($"/coach/placements/{placement.Id}/confirm"))
                    .WhyAndHowToChange($"you proposed {name} for this placement or are their job coach on it.", links);
                return body.To(to, $"Accepted: {name} at {employer.OrganisationName}");

            case Notices.ProposalAnswered when Notices.OutcomeOf(message) == "declined":
                body.Paragraph($"{employer.OrganisationName} cannot take {name} for \"{opening}\" ({kind}).")
                    .Paragraph(placement.EndReason is { Length: > 0 } reason ? $"They said: \"{reason}\"" : "They did not give a reason.")
                    .Paragraph($"{name}'s other matches may suit them: look at their matches and propose another opening.")
                    .Link($"See {name}'s matches", links.Absolute($"/coach/young-people/{person.Id}/matches"))
                    .WhyAndHowToChange($"you proposed {name} for this placement or are their job coach on it.", links);
                return body.To(to, $"Declined: {name} at {employer.OrganisationName}");

            case Notices.PlacementConfirmed when placement.State is PlacementState.Confirmed or PlacementState.InProgress && placement.StartsAtUtc is { } starts:
                body.Paragraph($"{name}'s placement with you for \"{opening}\" is confirmed. It starts {UkTime.Format(new DateTimeOffset(starts, TimeSpan.Zero))}.")
                    .Paragraph($"{placement.SupervisorName ?? "Your supervisor"} will get a briefing with a calendar invite a week before, and again the day before.")
                    .Link("See the placement and its briefing pack (you will be asked to sign in)", links.Absolute($"/my-organisation/placements/{placement.Id}"))
                    .WhyAndHowToChange($"you are a contact for {employer.OrganisationName} on {hub.Current.Name}.", links);
                return body.To(to, $"Confirmed: {name} starts {UkTime.FormatDate(DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(starts, TimeSpan.Zero)).DateTime), withDayName: true)}");

            case Notices.ConfirmationMissing when placement.State is PlacementState.Proposed or PlacementState.Agreed:
                var first = placement.StartsAtUtc is { } startsAt ? UkTime.Format(new DateTimeOffset(startsAt, TimeSpan.Zero))
                    : placement.Opening.StartsOn is { } startsOn ? UkTime.FormatDate(startsOn, withDayName: true) : "soon";
                body.Paragraph($"{name}'s placement at {employer.OrganisationName} (\"{opening}\") is due to start {first}, but it is not confirmed yet.")
                    .Paragraph(placement.State == PlacementState.Proposed
                        ? $"{employer.OrganisationName} has not answered the proposal yet. A phone call may help."
                        : $"{employer.OrganisationName} has accepted. Confirm the dates, the job coach and the travel plan, so everyone is briefed a week before.")
                    .Link("See the placement (you will be asked to sign in)", links.Absolute(placement.State == PlacementState.Agreed ? $"/coach/placements/{placement.Id}/confirm" : $"/coach/placements/{placement.Id}"))
                    .WhyAndHowToChange($"you are {name}'s job coach for this placement, and it starts in {Notices.ConfirmationWarning.Days} days or less.", links);
                return body.To(to, $"Not confirmed yet: {name} at {employer.OrganisationName}");

            default:
                return null; // no longer true: answered, withdrawn or changed before it went
        }
    }
}
