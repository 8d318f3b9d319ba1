using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Calendar;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Debriefs;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Encounters;

/// <summary>
/// Writes encounter e-mails at send time from the ids on the scheduled row, so they carry the latest
/// time and place. The employer hears first names only; each family hears only about their own young
/// person. Returns null, cancelling the row, when the message is no longer wanted: the encounter was
/// cancelled, the debrief was answered, or the young person was not there.
/// </summary>
public sealed class EncounterMessageComposer(AppDbContext db, TokenService tokens, LinkBuilder links, CalendarMail calendar, DebriefMail debriefs, ReminderSettings settings, TimeProvider time) : IMessageComposer
{
    public bool CanCompose(string kind) => RecipientIds.KindOf(kind) is { } k && k != MessageKind.CheckExpiry;

    public bool CanCompose(ScheduledMessage message) => message.SubjectType == EncounterReminders.SubjectType && CanCompose(message.Kind);

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        if (RecipientIds.KindOf(message.Kind) is not { } kind || RecipientIds.FromDedupeKey(message.DedupeKey) is not { } recipient)
        {
            return null;
        }

        var encounter = await db.Encounters.AsNoTracking().WithDetails().SingleOrDefaultAsync(e => e.Id == message.SubjectId, cancellationToken);
        if (encounter?.Employer is null)
        {
            return null;
        }

        var cancelled = encounter.State == EncounterState.Cancelled;
        if (cancelled && kind != MessageKind.ChangeNotice)
        {
            return null;
        }

        var coach = encounter.CreatedByUserId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == encounter.CreatedByUserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        var facts = new EncounterFacts(encounter, coach?.DisplayName, coach?.Email);
        var to = new MailAddress(message.RecipientEmail, message.RecipientName);
        var person = PersonOf(encounter, recipient);
        var slot = RecipientIds.SlotOf(message.DedupeKey);

        var mail = kind switch
        {
            _ when kind.IsBriefing() => Briefing(facts, kind, recipient, slot, person, to),
            MessageKind.ChangeNotice => ChangeNotice(facts, person, cancelled, to),
            _ when kind.IsDebrief() => await DebriefAsync(facts, DebriefRespondents.For(kind), person, chaser: false, to, cancellationToken),
            MessageKind.DebriefChaser => DebriefRespondents.ForChaser(RecipientIds.SlotOf(message.DedupeKey)) is { } respondent
                ? await DebriefAsync(facts, respondent, person, chaser: true, to, cancellationToken)
                : null,
            MessageKind.CantMakeItAlert => CantMakeIt(facts, slot, to),
            _ => null,
        };

        // Tokens issued for links in this message are saved before it goes out, or the links would not work.
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return mail;
    }

    /// <summary>The young person a family or Easy Read message is about, if they are still in the group.</summary>
    private static EncounterAttendee? PersonOf(Encounter encounter, Recipient recipient)
    {
        var prefix = recipient.Role switch
        {
            RecipientRole.Family => "family-",
            RecipientRole.YoungPerson => "young-person-",
            _ => null,
        };
        return prefix is not null && int.TryParse(recipient.Id.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? encounter.Attendees.FirstOrDefault(a => a.YoungPersonId == id && a.YoungPerson is { ErasedAtUtc: null })
            : null;
    }

    private OutgoingMail? Briefing(EncounterFacts f, MessageKind kind, Recipient recipient, string slot, EncounterAttendee? person, MailAddress to)
    {
        var isLast = slot == DedupeKey.OffsetSlot(settings.BriefingOffsets.Min());
        var when = UkTime.Format(f.Start);
        var body = new EmailBody();
        string subject;
        switch (kind)
        {
            case MessageKind.BriefingFamily:
                if (person is null)
                {
                    return null;
                }

                var name = PersonName.FirstName(person.YoungPerson!.PreferredName);
                subject = $"{name} is going to {f.Employer} on {UkTime.FormatDate(DateOnly.FromDateTime(UkTime.ToUk(f.Start).DateTime), withDayName: true)}";
                body.Heading("What will happen")
                    .Paragraph($"{name} is going to {f.Employer}.")
                    .Paragraph($"It is: {f.Title} ({f.Kind}).")
                    .Paragraph($"When: {when}. It ends at {UkTime.FormatTime(TimeOnly.FromDateTime(UkTime.ToUk(f.End).DateTime))}.")
                    .Paragraph($"Where: {f.Place}.")
                    .Paragraph(f.MeetingPoint is { } meet ? $"Go to {meet}. {f.Host} from {f.Employer} will meet the group there." : $"{f.Host} from {f.Employer} will meet the group.")
                    .Paragraph(f.CoachName is null ? $"Staff from {f.School} will go too." : $"{f.CoachName} from {f.School} will go too.")
                    .Paragraph("Bring:")
                    .List(["a drink", "any medicine", "questions you want to ask"])
                    .Paragraph(f.CoachEmail is null ? $"Questions? Ask {f.School}." : $"Questions? E-mail {f.CoachEmail}");
                break;
            case MessageKind.BriefingJobCoach:
                subject = $"Encounter {when}: {f.Title} at {f.Employer}";
                body.Paragraph($"{f.Title} ({f.Kind}) with {f.Employer} is on {when}, at {f.Place}{(f.MeetingPoint is { } coachMeet ? $" (meeting point: {coachMeet})" : "")}. {f.GroupSize}.")
                    .Paragraph("Before the day, check:")
                    .List([
                        "consent and any medical information are in hand for everyone in the group",
                        "transport and staff to go with the group are booked",
                        "the risk assessment is done",
                        $"anything {f.Host} should know beyond the needs below is agreed with them (we send them the same list)",
                    ]);
                GroupNeedsSection(body, f.Needs);
                body.Link("See the encounter", links.Absolute($"/coach/encounters/{f.Encounter.Id}"));
                break;
            default:
                subject = $"{f.Title}: {f.GroupSize} from {f.School} on {when}";
                body.Paragraph(to.Name is { Length: > 0 } hostName ? $"Dear {hostName}," : "Hello,")
                    .Paragraph($"Thank you for giving your time. {f.GroupSize} from {f.School} come to {f.Title} ({f.Kind}) on {when}, at {f.Place}.")
                    .Paragraph(f.MeetingPoint is { } hostMeet ? $"They have been told to go to {hostMeet} when they arrive." : "If the group should go to a particular door or desk, tell the job coach, who can add a meeting point.")
                    .Paragraph($"First names: {f.FirstNames}.");
                GroupNeedsSection(body, f.Needs);
                body.Paragraph("Tips for the session:")
                    .List([
                        "arrive early, check the room and have anything hands-on ready",
                        "give the session a beginning, a middle and an end",
                        "let the young people introduce themselves if they want to",
                        "say one thing at a time and allow time for answers",
                        "staff from the school stay with the group throughout",
                    ])
                    .Paragraph(f.CoachName is null ? "The school will be in touch." : $"The school's contact is {f.CoachName}{(f.CoachEmail is null ? "" : $", {f.CoachEmail}")}.");
                if (kind == MessageKind.BriefingEmployer)
                {
                    body.Link("See the encounter (you will be asked to sign in)", links.Absolute($"/my-organisation/encounters/{f.Encounter.Id}"));
                }

                break;
        }

        // The day before, the family and the host can say whether they can make it. The link names nobody.
        if (isLast && recipient.Role is RecipientRole.Family or RecipientRole.Supervisor or RecipientRole.EmployerContact)
        {
            var family = recipient.Role == RecipientRole.Family;
            var lifetime = (f.Start + TimeSpan.FromHours(12)) - time.GetUtcNow();
            var token = tokens.Issue(TokenPurpose.Attendance, $"encounter:{f.Encounter.Id}:{recipient.Id}", lifetime > TimeSpan.FromHours(1) ? lifetime : TimeSpan.FromHours(1));
            var link = links.Absolute($"/attendance/{Uri.EscapeDataString(token)}");
            body.Paragraph(family ? "Please tell us:" : "Please let us know:")
                .Link(family ? "I'll be there" : "We're ready", link + "?answer=yes")
                .Link(family ? "I can't make it" : "We can't host it", link + "?answer=no");
        }

        return calendar.Attach(body.To(to, subject), f.Invite(), InviteMethod.Request, to, "encounter.ics");
    }

    /// <summary>"What the group needs": counts of needs from those who agreed to share, never names.</summary>
    private static void GroupNeedsSection(EmailBody body, GroupNeeds needs)
    {
        body.Heading("What the group needs");
        if (needs.Needs.Count > 0)
        {
            body.Paragraph($"Of the group of {needs.Total}:").List(needs.Needs);
        }
        else if (needs.NotShared < needs.Total)
        {
            body.Paragraph("Nobody in the group has told us of anything you need to arrange.");
        }

        if (needs.NotSharedLine is { } line)
        {
            body.Paragraph(line);
        }
    }

    private OutgoingMail CantMakeIt(EncounterFacts f, string slot, MailAddress to)
    {
        var reporter = RecipientIds.Parse(slot.StartsWith("from-", StringComparison.Ordinal) ? slot[5..] : "");
        var person = reporter is null ? null : PersonOf(f.Encounter, reporter);
        var name = person is null ? null : PersonName.FirstName(person.YoungPerson!.PreferredName);
        var said = reporter?.Role switch
        {
            RecipientRole.Family when name is not null => $"{name}'s family said {name} cannot come to",
            RecipientRole.Supervisor => $"{f.Host} at {f.Employer} said they cannot host",
            RecipientRole.EmployerContact => $"{f.Employer} said they cannot host",
            _ => "Someone said they cannot make it to",
        };
        return new EmailBody()
            .Paragraph($"{said} {f.Title} ({f.Kind}), which starts {UkTime.Format(f.Start)}.")
            .Paragraph(reporter?.Role == RecipientRole.Family
                ? "Please get in touch with the family today, and let the host know if the group is smaller."
                : "Please get in touch with them today to agree what to do, and tell the families if it is cancelled.")
            .Link("See the encounter", links.Absolute($"/coach/encounters/{f.Encounter.Id}"))
            .To(to, name is not null ? $"Can't make it: {name}, {f.Title}" : $"Can't make it: {f.Title} at {f.Employer}");
    }

    private OutgoingMail? ChangeNotice(EncounterFacts f, EncounterAttendee? person, bool cancelled, MailAddress to)
    {
        var about = person?.YoungPerson is { } p ? PersonName.FirstName(p.PreferredName) : null;
        var body = new EmailBody();
        string subject;
        if (cancelled)
        {
            subject = $"Cancelled: {f.Title} at {f.Employer}";
            body.Paragraph(about is null ? $"{f.Title} at {f.Employer} on {UkTime.Format(f.Start)} has been cancelled." : $"{about} is not going to {f.Employer} now. It has been cancelled.")
                .Paragraph("The attached calendar file removes it from your calendar.");
        }
        else
        {
            subject = $"Changed: {f.Title} at {f.Employer}";
            body.Paragraph(about is null ? $"The time or place of {f.Title} at {f.Employer} has changed." : $"The time or place has changed for {about}.")
                .Paragraph($"It is now {UkTime.Format(f.Start)}.")
                .Paragraph($"The place is {f.Place}.{(f.MeetingPoint is { } changedMeet ? $" Go to {changedMeet}." : "")}")
                .Paragraph("The attached calendar file updates your calendar.");
        }

        return calendar.Attach(body.To(to, subject), f.Invite(), cancelled ? InviteMethod.Cancel : InviteMethod.Request, to, "encounter.ics");
    }

    private async Task<OutgoingMail?> DebriefAsync(EncounterFacts f, DebriefRespondent respondent, EncounterAttendee? person, bool chaser, MailAddress to, CancellationToken cancellationToken)
    {
        string subjectId;
        if (respondent == DebriefRespondent.YoungPerson)
        {
            // Only those who were there are asked how it went.
            if (person is null || person.Attendance is AttendanceMark.Absent or AttendanceMark.Excused
                || await db.Debriefs.AnyAsync(d => d.EncounterId == f.Encounter.Id && d.YoungPersonId == person.YoungPersonId, cancellationToken))
            {
                return null;
            }

            subjectId = DebriefSubject.ForEncounter(f.Encounter.Id, respondent, person.YoungPersonId);
        }
        else if (respondent == DebriefRespondent.Employer
            && !await db.Debriefs.AnyAsync(d => d.EncounterId == f.Encounter.Id && d.Respondent == respondent, cancellationToken))
        {
            subjectId = DebriefSubject.ForEncounter(f.Encounter.Id, respondent, null);
        }
        else
        {
            return null;
        }

        if (respondent == DebriefRespondent.YoungPerson)
        {
            var name = PersonName.FirstName(person!.YoungPerson!.PreferredName);
            return debriefs.EasyRead(subjectId, to, chaser, $"{name}, how was {f.Employer}?", $"{name}, how was it?",
                [$"You went to {f.Employer}.", "Tell us how it was. It takes 2 minutes."], "Tell us how it was",
                readWithCoach: string.IsNullOrWhiteSpace(person.YoungPerson.FamilyContactEmail) ? name : null);
        }

        return debriefs.Letter(subjectId, to, chaser, $"How did {f.Title} go?", greet: true,
            [$"Thank you for hosting {f.Title}. Please tell us how it went. It takes about 3 minutes, and helps the school plan the next one."], "Tell us how it went");
    }
}
