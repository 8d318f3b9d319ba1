using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Encounters;

/// <summary>
/// Writes, at send time, the "can you host it?" e-mail to an employer's contacts and the "they cannot"
/// e-mail to the coach who booked the encounter. The group is given as a number only. A notice no longer
/// true (answered, changed again, cancelled, already started) is not sent.
/// </summary>
public sealed class EncounterNoticeComposer(AppDbContext db, LinkBuilder links, HubInfo hub, TimeProvider time) : IMessageComposer
{
    public bool CanCompose(string kind) => kind is Notices.EncounterWaiting or Notices.EncounterCannot;

    public bool CanCompose(ScheduledMessage message) => message.SubjectType == SubjectTypes.Encounter && CanCompose(message.Kind);

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        var encounter = await db.Encounters.AsNoTracking()
            .Where(e => e.Id == message.SubjectId)
            .Select(e => new
            {
                e.Id, e.Title, e.Kind, e.StartsAtUtc, e.Location, e.MeetingPoint, e.State, e.Sequence, e.EmployerId,
                e.EmployerConfirmedAtUtc, e.EmployerCannotReason, e.CreatedByUserId,
                Employer = e.Employer!.OrganisationName,
                School = e.School != null ? e.School.Name : null,
                Group = e.Attendees.Count(a => a.YoungPerson!.ErasedAtUtc == null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (encounter is null || encounter.State != EncounterState.Scheduled || encounter.StartsAtUtc <= time.GetUtcNow().UtcDateTime
            || !Notices.OutcomeOf(message).EndsWith($"-e{encounter.EmployerId}", StringComparison.Ordinal))
        {
            return null; // cancelled, held, moved to another employer, or too late to matter
        }

        var when = UkTime.Format(new DateTimeOffset(encounter.StartsAtUtc, TimeSpan.Zero));
        var kind = EncounterQueries.KindName(encounter.Kind).ToLowerInvariant();
        var school = encounter.School ?? "a school";
        var hello = string.IsNullOrWhiteSpace(message.RecipientName) ? "Hello," : $"Hello {message.RecipientName},";
        var to = new MailAddress(message.RecipientEmail, message.RecipientName);

        if (message.Kind == Notices.EncounterWaiting)
        {
            if (encounter.EmployerConfirmedAtUtc is not null || encounter.EmployerCannotReason is not null)
            {
                return null; // answered already, perhaps by a colleague
            }

            var coach = encounter.CreatedByUserId is null ? null
                : await db.Users.AsNoTracking().Where(u => u.Id == encounter.CreatedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
            var where = encounter.Location is { Length: > 0 } place ? $" at {place}" : "";
            return new EmailBody()
                .Paragraph(hello)
                .Paragraph($"{coach ?? "A job coach"} from {school} has booked \"{encounter.Title}\" ({kind}) with {encounter.Employer}, {when}{where}, for a group of {encounter.Group} young {(encounter.Group == 1 ? "person" : "people")}.")
                .Paragraph("Please say whether you can host it. If the date does not suit you, say why and the coach will look for another.")
                .Link("Say whether you can host it (you will be asked to sign in)", links.Absolute($"/my-organisation/encounters/{encounter.Id}"))
                .WhyAndHowToChange($"you are a contact for {encounter.Employer} on {hub.Current.Name}.", links)
                .To(to, $"Can you host \"{encounter.Title}\" {UkTime.FormatDate(DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(encounter.StartsAtUtc, TimeSpan.Zero)).DateTime), withDayName: true)}?");
        }

        if (encounter.EmployerCannotReason is not { } reason || Notices.OutcomeOf(message) != $"s{encounter.Sequence}-e{encounter.EmployerId}")
        {
            return null; // they changed their answer to yes
        }

        return new EmailBody()
            .Paragraph(hello)
            .Paragraph($"{encounter.Employer} cannot host \"{encounter.Title}\" ({kind}), {when}.")
            .Paragraph($"They said: \"{reason}\"")
            .Paragraph("Change the date or the employer (they will be asked again), or cancel it so the group's families and the host are told.")
            .Link("See the encounter (you will be asked to sign in)", links.Absolute($"/coach/encounters/{encounter.Id}"))
            .WhyAndHowToChange("you booked this encounter.", links)
            .To(to, $"Cannot host: \"{encounter.Title}\" at {encounter.Employer}");
    }
}
