using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Calendar;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Debriefs;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Placements;

/// <summary>
/// Writes placement e-mails at send time from the ids on the scheduled row, so they carry the latest
/// dates: briefings (with an .ics invite), change notices (updated or cancelled invite), debrief links,
/// chasers and "can't make it" alerts. Links carry only a token. Returns null, cancelling the row, when
/// the message is no longer wanted (withdrawn placement, debrief already answered).
/// </summary>
public sealed class PlacementMessageComposer(
    AppDbContext db,
    TokenService tokens,
    LinkBuilder links,
    HubInfo hub,
    CalendarMail calendar,
    DebriefMail debriefs,
    ReminderSettings settings,
    TimeProvider time) : IMessageComposer
{
    private static readonly HashSet<string> Kinds = new(
        [
            .. Enum.GetValues<MessageKind>().Where(k => k != MessageKind.CheckExpiry).Select(k => k.Token()),
        ],
        StringComparer.Ordinal);

    public bool CanCompose(string kind) => Kinds.Contains(kind);

    public bool CanCompose(ScheduledMessage message) => message.SubjectType == PlacementReminders.SubjectType && CanCompose(message.Kind);

    public async Task<OutgoingMail?> ComposeAsync(ScheduledMessage message, CancellationToken cancellationToken)
    {
        if (message.SubjectType != PlacementReminders.SubjectType
            || RecipientIds.KindOf(message.Kind) is not { } kind
            || RecipientIds.FromDedupeKey(message.DedupeKey) is not { } recipient)
        {
            return null;
        }

        var placement = await db.Placements.AsNoTracking().WithDetails().SingleOrDefaultAsync(p => p.Id == message.SubjectId, cancellationToken);
        if (placement?.Opening?.Employer is null || placement.YoungPerson is null || placement.StartsAtUtc is null || placement.EndsAtUtc is null)
        {
            return null;
        }

        var cancelled = placement.State is PlacementState.Withdrawn or PlacementState.Declined;
        if (cancelled && kind != MessageKind.ChangeNotice)
        {
            return null;
        }

        var coach = placement.JobCoachUserId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == placement.JobCoachUserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        var facts = new Facts(placement, coach?.DisplayName, coach?.Email);
        var to = new MailAddress(message.RecipientEmail, message.RecipientName);
        var slot = RecipientIds.SlotOf(message.DedupeKey);

        var mail = kind switch
        {
            _ when kind.IsBriefing() => Briefing(facts, kind, recipient, slot, to),
            MessageKind.ChangeNotice => ChangeNotice(facts, recipient, cancelled, to),
            _ when kind.IsDebrief() => await DebriefAsync(facts, DebriefRespondents.For(kind), DebriefSlot.RotationOf(slot), chaser: false, to, cancellationToken),
            MessageKind.DebriefChaser => DebriefRespondents.ForChaser(slot) is { } respondent
                ? await DebriefAsync(facts, respondent, DebriefSlot.RotationOf(slot), chaser: true, to, cancellationToken)
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

    private OutgoingMail Briefing(Facts f, MessageKind kind, Recipient recipient, string slot, MailAddress to)
    {
        var isLast = slot == DedupeKey.OffsetSlot(settings.BriefingOffsets.Min());
        var when = UkTime.Format(f.Start);
        var body = new EmailBody();
        string subject;
        switch (kind)
        {
            case MessageKind.BriefingFamily:
                subject = $"{f.FirstName} starts at {f.Employer} on {UkTime.FormatDate(DateOnly.FromDateTime(UkTime.ToUk(f.Start).DateTime), withDayName: true)}";
                body.Heading("What will happen")
                    .Paragraph($"{f.FirstName} is going to work at {f.Employer}.")
                    .Paragraph($"The first day is {when}.")
                    .Paragraph($"The place is {f.Place}.")
                    .Paragraph(f.MeetingPoint is { } meet ? $"Go to {meet}. {f.Supervisor} will meet {f.FirstName} there." : $"{f.Supervisor} will meet {f.FirstName} there.")
                    .Paragraph(f.CoachName is null ? "The job coach will help." : $"{f.CoachName} is the job coach. They will help.")
                    .Paragraph($"How to get there: {f.TravelPlan}")
                    .Paragraph("Bring:")
                    .List(["lunch and a drink", "any medicine", "a phone, if you have one"])
                    .Paragraph(f.CoachEmail is null ? "Questions? Ask the job coach." : $"Questions? E-mail the job coach: {f.CoachEmail}");
                break;
            case MessageKind.BriefingJobCoach:
                subject = $"Placement starts {when}: {f.FirstName} at {f.Employer}";
                body.Paragraph($"{f.FirstName} starts at {f.Employer} ({f.Opening}) on {when}. It ends {UkTime.Format(f.End)}.")
                    .Paragraph($"Where: {f.Place}.{(f.MeetingPoint is { } coachMeet ? $" Meeting point: {coachMeet}." : "")}")
                    .Paragraph("Before the start, check:")
                    .List([
                        $"the travel plan still works: {f.TravelPlan}",
                        "the paperwork is signed: consent from the young person or family, and the employer's insurance",
                        "the risk assessment is done and shared with the supervisor",
                        $"the supervisor, {f.Supervisor}, knows when you will visit",
                    ])
                    .Link("See the placement", links.Absolute($"/coach/placements/{f.Placement.Id}"));
                break;
            default:
                subject = $"{f.FirstName} joins you {when}";
                body.Paragraph(to.Name is { Length: > 0 } name ? $"Dear {name}," : "Hello,")
                    .Paragraph($"{f.FirstName} from {hub.Current.Name} starts a placement with you ({f.Opening}) on {when}. It ends {UkTime.Format(f.End)}.")
                    .Paragraph(f.MeetingPoint is { } hostMeet
                        ? $"The family has been told to come to {f.Place}, and to go to {hostMeet}."
                        : $"The family has been told to come to {f.Place}. If they should go to a particular door or desk, tell the job coach, who can add a meeting point.")
                    .Paragraph("Before then, please:")
                    .List([
                        $"tell the staff who will work with {f.FirstName} that they are coming",
                        kind == MessageKind.BriefingSupervisor
                            ? "be free to meet them when they arrive"
                            : $"make sure {f.Supervisor} is free to meet them when they arrive",
                        "plan a short tour: where to go in, the toilets, the break room and a quiet place",
                        "give instructions one at a time, and check they were understood",
                    ])
                    .Paragraph(kind == MessageKind.BriefingEmployer
                        ? "The briefing pack says what helps, as far as they agreed to share it."
                        : $"{f.Employer}'s contact for the hub can show you the briefing pack, which says what helps.");
                if (kind == MessageKind.BriefingEmployer)
                {
                    body.Link("Read the briefing pack (you will be asked to sign in)", links.Absolute($"/my-organisation/placements/{f.Placement.Id}/briefing"));
                }

                body.Paragraph(f.CoachName is null ? "The job coach will be in touch." : $"The job coach is {f.CoachName}{(f.CoachEmail is null ? "" : $", {f.CoachEmail}")}.");
                break;
        }

        if (isLast && recipient.Role is RecipientRole.Family or RecipientRole.EmployerContact or RecipientRole.Supervisor)
        {
            var token = tokens.Issue(TokenPurpose.Attendance, $"placement:{f.Placement.Id}:{recipient.Id}", Max((f.Start + TimeSpan.FromHours(12)) - time.GetUtcNow(), TimeSpan.FromHours(1)));
            var link = links.Absolute($"/attendance/{Uri.EscapeDataString(token)}");
            body.Paragraph(recipient.Role == RecipientRole.Family ? "Please tell us:" : "Please let us know:")
                .Link(recipient.Role == RecipientRole.Family ? "I'll be there" : "We're ready", link + "?answer=yes")
                .Link(recipient.Role == RecipientRole.Family ? "I can't make it" : "We can't host tomorrow", link + "?answer=no");
        }

        return WithInvite(body.To(to, subject), f, InviteMethod.Request, to);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private OutgoingMail ChangeNotice(Facts f, Recipient recipient, bool cancelled, MailAddress to)
    {
        var family = recipient.Role == RecipientRole.Family;
        var body = new EmailBody();
        string subject;
        if (cancelled)
        {
            subject = $"Cancelled: {f.FirstName}'s placement at {f.Employer}";
            body.Paragraph(family ? $"{f.FirstName} is not going to {f.Employer} now." : $"The placement for {f.FirstName} at {f.Employer} has been cancelled.")
                .Paragraph(family ? "The job coach will talk to you about it." : "The job coach will explain what happens next.")
                .Paragraph("The attached calendar file removes it from your calendar.");
        }
        else
        {
            subject = $"New dates: {f.FirstName} at {f.Employer}";
            body.Paragraph(family ? "The dates have changed." : $"The dates of {f.FirstName}'s placement at {f.Employer} have changed.")
                .Paragraph($"It now starts {UkTime.Format(f.Start)}.")
                .Paragraph($"It now ends {UkTime.Format(f.End)}.")
                .Paragraph($"The place is {f.Place}.{(f.MeetingPoint is { } meet ? $" Go to {meet}." : "")}")
                .Paragraph("The attached calendar file updates your calendar.");
        }

        return WithInvite(body.To(to, subject), f, cancelled ? InviteMethod.Cancel : InviteMethod.Request, to);
    }

    private async Task<OutgoingMail?> DebriefAsync(Facts f, DebriefRespondent respondent, int? rotationNumber, bool chaser, MailAddress to, CancellationToken cancellationToken)
    {
        var answered = await db.Debriefs.AnyAsync(d => d.PlacementId == f.Placement.Id && d.Respondent == respondent && d.RotationNumber == rotationNumber, cancellationToken);
        if (answered)
        {
            return null;
        }

        var about = DebriefSubject.ForPlacement(f.Placement.Id, respondent, rotationNumber);
        if (rotationNumber is { } number)
        {
            // A rotation removed after this was planned: there is nothing to ask about.
            return f.Placement.Rotations.FirstOrDefault(r => r.Number == number) is { } rotation
                ? RotationDebrief(f, respondent, rotation, about, chaser, to)
                : null;
        }

        return respondent switch
        {
            DebriefRespondent.YoungPerson => debriefs.EasyRead(about, to, chaser, $"{f.FirstName}, how did it go?", $"{f.FirstName}, how did it go?",
                [$"You worked at {f.Employer}.", "Tell us how it went. It takes 2 minutes."], "Tell us how it went",
                readWithCoach: string.IsNullOrWhiteSpace(f.Placement.YoungPerson!.FamilyContactEmail) ? f.FirstName : null),
            DebriefRespondent.Family => debriefs.Letter(about, to, chaser, $"How did {f.FirstName}'s placement go?", greet: false,
                [$"{f.FirstName}'s placement at {f.Employer} has finished.", "Please tell us how it went for your family. There are 3 short questions."], "Answer 3 questions"),
            _ => debriefs.Letter(about, to, chaser, $"How did {f.FirstName}'s placement go?", greet: true,
                [$"Thank you for hosting {f.FirstName}. Please tell us how the placement went. It takes about 3 minutes, and helps us plan the next one."], "Tell us how it went"),
        };
    }

    private OutgoingMail RotationDebrief(Facts f, DebriefRespondent respondent, RotationRecord rotation, string about, bool chaser, MailAddress to) =>
        respondent == DebriefRespondent.YoungPerson
            ? debriefs.EasyRead(about, to, chaser, $"{f.FirstName}, how was {rotation.Name}?", $"{f.FirstName}, how was {rotation.Name}?",
                [$"You worked in {rotation.Name} at {f.Employer}.", "That part has finished. Tell us how it went. It takes 2 minutes."], "Tell us how it went")
            : debriefs.Letter(about, to, chaser, $"How did {f.FirstName}'s rotation {rotation.Number} go?", greet: true,
                [$"{f.FirstName} has finished rotation {rotation.Number} of their supported internship, in {rotation.Name}. Please tell us how it went, so the job coach can plan the next one. It takes about 3 minutes."],
                "Tell us how it went");

    private static OutgoingMail CantMakeIt(Facts f, string slot, MailAddress to)
    {
        var reporter = RecipientIds.Parse(slot.StartsWith("from-", StringComparison.Ordinal) ? slot[5..] : "")?.Role switch
        {
            RecipientRole.Family => $"{f.FirstName}'s family",
            RecipientRole.EmployerContact => f.Employer,
            RecipientRole.Supervisor => $"{f.Supervisor} at {f.Employer}",
            _ => "Someone",
        };
        return new EmailBody()
            .Paragraph($"{reporter} said they cannot make it to the placement at {f.Employer}, which starts {UkTime.Format(f.Start)}.")
            .Paragraph("Please get in touch with them today to find out why and agree what to do.")
            .To(to, $"Can't make it: {f.FirstName} at {f.Employer}");
    }

    private OutgoingMail WithInvite(OutgoingMail mail, Facts f, InviteMethod method, MailAddress to) =>
        calendar.Attach(
            mail,
            new InviteFacts(ScheduleSubject.Placement(f.Placement.Id), PlacementReminders.Sequence(f.Placement), f.Start, f.End,
                $"{f.FirstName}'s placement at {f.Employer}", f.Place, $"{f.Opening}. Supervisor: {f.Supervisor}.{(f.MeetingPoint is { } meet ? $" Meeting point: {meet}." : "")}"),
            method,
            to,
            "placement.ics");

    private sealed class Facts(Placement placement, string? coachName, string? coachEmail)
    {
        public Placement Placement { get; } = placement;

        public string FirstName { get; } = PersonName.FirstName(placement.YoungPerson!.PreferredName);

        public string Employer { get; } = placement.Opening!.Employer!.OrganisationName;

        public string Opening { get; } = placement.Opening!.Title;

        public string Place { get; } = PlacementReminders.Address(placement);

        public string? MeetingPoint { get; } = placement.MeetingPoint;

        public string Supervisor { get; } = placement.SupervisorName ?? "the supervisor";

        public string TravelPlan { get; } = placement.TravelPlan ?? "to be agreed with the job coach";

        public DateTimeOffset Start { get; } = new(placement.StartsAtUtc!.Value, TimeSpan.Zero);

        public DateTimeOffset End { get; } = new(placement.EndsAtUtc!.Value, TimeSpan.Zero);

        public string? CoachName { get; } = coachName;

        public string? CoachEmail { get; } = coachEmail;
    }
}
