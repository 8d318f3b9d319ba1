using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Encounters;

/// <summary>
/// An encounter's reminders, planned by the same <see cref="ReminderPlanner"/> and stored as the same
/// durable rows as a placement's: briefings with an invite to the host, the employer contact, the job
/// coach and each young person's family; a change notice with an updated invite when the time or place
/// moves, or a cancelling invite; debriefs afterwards for the host and (in Easy Read) each young person.
/// Families get no debrief of their own: the young person's form goes to them to fill in together.
/// </summary>
public sealed class EncounterReminders(AppDbContext db, TimeProvider time, ReminderRows rows, ReminderSettings settings)
{
    public const string SubjectType = SubjectTypes.Encounter;

    /// <summary>Everyone who hears about this encounter. Needs the employer and the group with their young people.</summary>
    public async Task<IReadOnlyList<Addressee>> AddresseesAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        var list = new List<Addressee>();
        var employer = encounter.Employer;
        if (!string.IsNullOrWhiteSpace(encounter.HostEmail))
        {
            list.Add(new(RecipientIds.Host(encounter.Id), encounter.HostEmail, encounter.HostName));
        }

        if (employer is not null && !string.IsNullOrWhiteSpace(employer.ContactEmail)
            && !string.Equals(employer.ContactEmail.Trim(), encounter.HostEmail?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            list.Add(new(RecipientIds.EmployerContact(employer.Id), employer.ContactEmail, employer.ContactName));
        }

        var jobCoach = await Addressees.JobCoachAsync(db, encounter.CreatedByUserId, cancellationToken);
        if (jobCoach is not null)
        {
            list.Add(jobCoach);
        }

        foreach (var person in encounter.Attendees.Select(a => a.YoungPerson).OfType<YoungPerson>())
        {
            list.AddRange(Addressees.ForYoungPerson(person, jobCoach));
        }

        return list;
    }

    /// <summary>The place as the reminder planner compares it: a new address or meeting point is a change everyone already told hears about.</summary>
    public static string? PlaceOf(Encounter encounter) =>
        encounter.Location + (encounter.MeetingPoint is { } meet ? $" (meeting point: {meet})" : "");

    public static ReminderSchedule ScheduleOf(Encounter encounter, IReadOnlyList<Addressee> addressees) => new(
        ScheduleSubject.Encounter(encounter.Id),
        new DateTimeOffset(encounter.StartsAtUtc, TimeSpan.Zero),
        new DateTimeOffset(encounter.EndsAtUtc, TimeSpan.Zero),
        addressees.Select(a => a.Recipient).ToList(),
        PlaceOf(encounter),
        encounter.Sequence);

    public async Task PlanAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(encounter, cancellationToken);
        var now = time.GetUtcNow();
        await rows.AddAsync(SubjectType, Wanted(ReminderPlanner.Plan(ScheduleOf(encounter, addressees), settings, now)), addressees, now, cancellationToken);
    }

    /// <summary>
    /// For an encounter recorded after it was held: debriefs to the host, the employer and the coach, and to
    /// the young people marked as attended (and their families) only. Those already planned are kept; a
    /// young person marked as attended later is added then.
    /// </summary>
    public async Task PlanDebriefsForAttendedAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        var attended = encounter.Attendees.Where(a => a.Attendance == AttendanceMark.Attended).Select(a => a.YoungPersonId).ToHashSet();
        var everyone = await AddresseesAsync(encounter, cancellationToken);
        var addressees = everyone
            .Where(a => a.Recipient.Role is not (RecipientRole.Family or RecipientRole.YoungPerson)
                || attended.Any(id => a.Recipient.Id == RecipientIds.Family(id).Id || a.Recipient.Id == RecipientIds.YoungPerson(id).Id))
            .ToList();
        var now = time.GetUtcNow();
        var (existing, _) = await rows.StoredAsync(SubjectType, ScheduleSubject.Encounter(encounter.Id), cancellationToken);
        var stored = existing.Select(m => m.DedupeKey).ToHashSet(StringComparer.Ordinal);
        var planned = ReminderPlanner.Plan(ScheduleOf(encounter, addressees), settings, now).Where(m => !stored.Contains(m.DedupeKey));
        await rows.AddAsync(SubjectType, Wanted(planned), addressees, now, cancellationToken);
    }

    /// <summary>
    /// After an edit: moves reminders, adds them for young people joining, cancels them for those leaving,
    /// and tells those already briefed when the time or place changed. Pass the encounter as it was.
    /// </summary>
    public async Task ReplanAsync(Encounter encounter, DateTime oldStartUtc, DateTime oldEndUtc, string? oldPlace, int oldSequence, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(encounter, cancellationToken);
        var schedule = ScheduleOf(encounter, addressees);
        var old = schedule with
        {
            StartsAt = new DateTimeOffset(oldStartUtc, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(oldEndUtc, TimeSpan.Zero),
            Place = oldPlace,
            Sequence = oldSequence,
        };
        var (existing, sent) = await rows.StoredAsync(SubjectType, schedule.Subject, cancellationToken);
        var now = time.GetUtcNow();
        var result = ReminderPlanner.Replan(old, schedule, existing, sent, settings, now);
        await rows.CancelAsync(SubjectType, encounter.Id, result.ToCancel.Select(m => m.DedupeKey).ToList(), cancellationToken);
        await rows.AddAsync(SubjectType, Wanted(result.ToAdd.Concat(result.ChangeNotices)), addressees, now, cancellationToken);
    }

    /// <summary>Cancelled: nothing more is sent, and whoever was already briefed gets a cancelling invite.</summary>
    public async Task CancelAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(encounter, cancellationToken);
        var schedule = ScheduleOf(encounter, addressees);
        var (existing, sent) = await rows.StoredAsync(SubjectType, schedule.Subject, cancellationToken);
        var now = time.GetUtcNow();
        var result = ReminderPlanner.Withdraw(schedule, existing, sent, now);
        await rows.CancelAsync(SubjectType, encounter.Id, result.ToCancel.Select(m => m.DedupeKey).ToList(), cancellationToken);
        await rows.AddAsync(SubjectType, result.ChangeNotices, addressees, now, cancellationToken);
    }

    /// <summary>
    /// Someone said they cannot come: the job coach hears at once. When the host or employer cannot host,
    /// the employer's other contact hears too; a family's reply goes to the coach only.
    /// </summary>
    public async Task CantMakeItAsync(Encounter encounter, Recipient reportedBy, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(encounter, cancellationToken);
        var now = time.GetUtcNow();
        var alerts = ReminderPlanner.CantMakeIt(ScheduleOf(encounter, addressees), reportedBy, now)
            .Where(m => reportedBy.Role != RecipientRole.Family || m.Audience.Role == RecipientRole.JobCoach);
        await rows.AddAsync(SubjectType, alerts, addressees, now, cancellationToken);
    }

    public void DispatchIfWanted() => rows.DispatchIfWanted();

    private static IEnumerable<PlannedMessage> Wanted(IEnumerable<PlannedMessage> planned) =>
        planned.Where(m => m.Kind != MessageKind.DebriefFamily
            && !(m.Kind == MessageKind.DebriefChaser && RecipientIds.SlotOf(m.DedupeKey).StartsWith("family-", StringComparison.Ordinal)));
}
