using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Encounters;

/// <summary>
/// Schedules, changes and cancels encounters the page has already found within the user's scope, and
/// records who came. Each change and its reminders are saved in one transaction guarded by the
/// encounter's Version, so a stale form changes nothing and no encounter is saved without its reminders.
/// An encounter's group is always from one school or college, the encounter's own (the one whose job
/// coaches see it): a job coach books only their own school's young people, and when a hub administrator
/// gives a not-yet-marked encounter another school's group, the encounter moves to that school.
/// </summary>
public sealed class EncounterWorkflow(AppDbContext db, TimeProvider time, EncounterReminders reminders, GuardedChange guarded, Notices notices)
{
    /// <summary>The form field the group's problems belong to.</summary>
    public const string GroupField = "Input.YoungPeople";

    public const string OneSchoolMessage = "Select young people from one school or college";

    public const string OwnSchoolMessage = "Select young people from your own school or college";

    public const string UnknownPersonMessage = "Select young people from the list";

    public const string MarkedStayMessage =
        "Attendance has already been recorded for some of this group, so they stay on the register: select young people from the same school or college as them";

    /// <param name="ownSchoolId">A job coach's school: only its young people may be booked. Null for a hub administrator.</param>
    public async Task<(int? Id, EncounterResult Result)> ScheduleAsync(EncounterDetails details, int? ownSchoolId, string coachUserId, CancellationToken cancellationToken)
    {
        var (schoolId, refusal) = await GroupSchoolAsync(details.YoungPersonIds, ownSchoolId, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        // A caller that already holds a transaction (a school's request becoming this encounter) commits it itself.
        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var encounter = new Encounter
        {
            SchoolId = schoolId,
            State = EncounterState.Scheduled,
            CreatedByUserId = coachUserId,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            Version = Guid.NewGuid(),
        };
        Apply(encounter, details);
        // Already over: recorded as held, its register next. Nobody is briefed about the past, and the
        // debriefs wait for the register (see RecordAttendanceAsync).
        var heldAlready = RecordedAfterwards(encounter);
        if (heldAlready)
        {
            encounter.State = EncounterState.Held;
        }

        db.Encounters.Add(encounter);

        // The id goes into the reminders' keys, so the row is written first, inside the same transaction.
        await db.SaveChangesAsync(cancellationToken);
        if (!heldAlready)
        {
            await LoadForRemindersAsync(encounter, cancellationToken);
            await reminders.PlanAsync(encounter, cancellationToken);
            await notices.EncounterWaitingAsync(encounter, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            reminders.DispatchIfWanted();
        }

        return (encounter.Id, EncounterResult.Success);
    }

    /// <param name="ownSchoolId">A job coach's school: only its young people may be booked. Null for a hub administrator.</param>
    public async Task<EncounterResult> ChangeAsync(Encounter encounter, Guid formVersion, EncounterDetails details, int? ownSchoolId, CancellationToken cancellationToken)
    {
        if (encounter.State != EncounterState.Scheduled)
        {
            return EncounterResult.Refused(null, "This encounter has already taken place or been cancelled, so it can no longer be changed.");
        }

        if (ownSchoolId is { } own && encounter.SchoolId != own)
        {
            return EncounterResult.Refused(null, "Only job coaches at the encounter's own school or college can change it.");
        }

        var (schoolId, refusal) = await GroupSchoolAsync(details.YoungPersonIds, ownSchoolId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // Those already marked stay on the register (see Apply), so they must be from the same school.
        var marked = encounter.Attendees.Where(a => a.Attendance is not null).Select(a => a.YoungPersonId).ToList();
        if (marked.Count > 0
            && await db.YoungPeople.AnyAsync(p => marked.Contains(p.Id) && p.SchoolId != schoolId, cancellationToken))
        {
            return EncounterResult.Refused(GroupField, MarkedStayMessage);
        }

        var (oldStart, oldEnd, oldPlace, oldSequence, oldEmployer) = (encounter.StartsAtUtc, encounter.EndsAtUtc, EncounterReminders.PlaceOf(encounter), encounter.Sequence, encounter.EmployerId);
        return await SaveAsync(encounter, formVersion, async () =>
        {
            Apply(encounter, details);
            encounter.SchoolId = schoolId;
            if (oldStart != encounter.StartsAtUtc || oldEnd != encounter.EndsAtUtc || !string.Equals(oldPlace?.Trim(), EncounterReminders.PlaceOf(encounter)?.Trim(), StringComparison.Ordinal))
            {
                encounter.Sequence++;
            }

            await LoadForRemindersAsync(encounter, cancellationToken);
            await reminders.ReplanAsync(encounter, oldStart, oldEnd, oldPlace, oldSequence, cancellationToken);
            var answered = encounter.EmployerConfirmedAtUtc is not null || encounter.EmployerCannotReason is not null;
            if (encounter.EmployerId != oldEmployer || (answered && encounter.Sequence != oldSequence))
            {
                // The employer's answer was about another time, place or employer: ask again. (Not yet
                // answered: the question still stands, and the change notice gives the new time.)
                encounter.EmployerConfirmedAtUtc = null;
                encounter.EmployerCannotReason = null;
                encounter.EmployerAnsweredByUserId = null;
                await notices.EncounterWaitingAsync(encounter, cancellationToken);
            }
        }, cancellationToken);
    }

    public Task<EncounterResult> CancelAsync(Encounter encounter, Guid formVersion, CancellationToken cancellationToken)
    {
        if (encounter.State != EncounterState.Scheduled)
        {
            return Task.FromResult(EncounterResult.Refused(null, "Only an encounter that has not happened yet can be cancelled."));
        }

        return SaveAsync(encounter, formVersion, async () =>
        {
            encounter.State = EncounterState.Cancelled;
            encounter.Sequence++;
            await reminders.CancelAsync(encounter, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Marks the register; every mark is checked by the domain first, and none is saved if one is refused.</summary>
    public async Task<EncounterResult> RecordAttendanceAsync(Encounter encounter, Guid formVersion, IReadOnlyDictionary<int, AttendanceMark> marks, string userId, CancellationToken cancellationToken)
    {
        if (encounter.State == EncounterState.Cancelled)
        {
            return EncounterResult.Refused(null, "This encounter was cancelled, so there is no attendance to record.");
        }

        var now = time.GetUtcNow();
        var booked = encounter.Attendees.Select(a => (long)a.YoungPersonId).ToList();
        foreach (var (youngPersonId, mark) in marks)
        {
            if (EncounterAttendanceRules.ProblemWithMarking(new DateTimeOffset(encounter.StartsAtUtc, TimeSpan.Zero), booked, youngPersonId, mark, now) is { } problem)
            {
                return EncounterResult.Refused(null, problem);
            }
        }

        return await SaveAsync(encounter, formVersion, () =>
        {
            foreach (var attendee in encounter.Attendees.Where(a => marks.ContainsKey(a.YoungPersonId)))
            {
                var mark = marks[attendee.YoungPersonId];
                if (attendee.Attendance != mark)
                {
                    attendee.Attendance = mark;
                    attendee.RecordedAtUtc = now.UtcDateTime;
                    attendee.RecordedByUserId = userId;
                }
            }

            encounter.State = EncounterState.Held;
            return RecordedAfterwards(encounter)
                ? PlanDebriefsForAttendedAsync(encounter, cancellationToken)
                : Task.CompletedTask;
        }, cancellationToken);
    }

    public const string CannotReasonField = "CannotReason";

    /// <summary>
    /// An employer contact answers whether their organisation can host the encounter (the page found it
    /// in their organisation's scope). Only a scheduled encounter still to come can be answered; a reason
    /// is needed to say no, and the coach who booked it is told. Guarded by the version the contact saw.
    /// </summary>
    public Task<EncounterResult> AnswerAsync(Encounter encounter, Guid formVersion, bool canHost, string? reason, string userId, CancellationToken cancellationToken)
    {
        if (encounter.State != EncounterState.Scheduled || encounter.StartsAtUtc <= time.GetUtcNow().UtcDateTime)
        {
            return Task.FromResult(EncounterResult.Refused(null, "This encounter has already started, taken place or been cancelled, so it cannot be answered now."));
        }

        var why = reason?.Trim();
        if (!canHost && string.IsNullOrEmpty(why))
        {
            return Task.FromResult(EncounterResult.Refused(CannotReasonField, "Say why you cannot host it, so the job coach can find another date or employer"));
        }

        if (!canHost && why!.Length > Encounter.MaxCannotReason)
        {
            return Task.FromResult(EncounterResult.Refused(CannotReasonField, $"Your reason must be {Encounter.MaxCannotReason} characters or fewer"));
        }

        var note = new AuditNote(canHost ? "Employer can host the encounter" : "Employer cannot host the encounter", "Encounter", encounter.Id);
        return SaveAsync(encounter, formVersion, note, async () =>
        {
            encounter.EmployerAnsweredByUserId = userId;
            encounter.EmployerConfirmedAtUtc = canHost ? time.GetUtcNow().UtcDateTime : null;
            encounter.EmployerCannotReason = canHost ? null : why;
            if (!canHost)
            {
                await notices.EncounterCannotAsync(encounter, cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>Entered after it ended: recorded as held, not scheduled.</summary>
    public static bool RecordedAfterwards(Encounter encounter) => encounter.CreatedAtUtc >= encounter.EndsAtUtc;

    private async Task PlanDebriefsForAttendedAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        await LoadForRemindersAsync(encounter, cancellationToken);
        await reminders.PlanDebriefsForAttendedAsync(encounter, cancellationToken);
    }

    /// <summary>The one school or college of a group, or why the group cannot be booked.</summary>
    private async Task<(int SchoolId, EncounterResult? Refusal)> GroupSchoolAsync(IReadOnlyList<int> youngPersonIds, int? ownSchoolId, CancellationToken cancellationToken)
    {
        var ids = youngPersonIds.Distinct().ToList();
        var schools = await db.YoungPeople.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.ErasedAtUtc == null)
            .Select(p => p.SchoolId)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0 || schools.Count != ids.Count)
        {
            return (0, EncounterResult.Refused(GroupField, UnknownPersonMessage));
        }

        var distinct = schools.Distinct().ToList();
        if (distinct.Count != 1)
        {
            return (0, EncounterResult.Refused(GroupField, OneSchoolMessage));
        }

        if (ownSchoolId is { } own && distinct[0] != own)
        {
            return (0, EncounterResult.Refused(GroupField, OwnSchoolMessage));
        }

        return (distinct[0], null);
    }

    private static void Apply(Encounter encounter, EncounterDetails details)
    {
        encounter.EmployerId = details.EmployerId;
        encounter.Kind = details.Kind;
        encounter.Title = details.Title;
        encounter.StartsAtUtc = details.StartsAtUtc;
        encounter.EndsAtUtc = details.EndsAtUtc;
        encounter.Location = details.Location;
        encounter.MeetingPoint = details.MeetingPoint;
        encounter.HostName = details.HostName;
        encounter.HostEmail = details.HostEmail;

        // Young people already marked stay on the register: their attendance is evidence.
        encounter.Attendees.RemoveAll(a => a.Attendance is null && !details.YoungPersonIds.Contains(a.YoungPersonId));
        foreach (var id in details.YoungPersonIds.Where(id => encounter.Attendees.All(a => a.YoungPersonId != id)))
        {
            encounter.Attendees.Add(new EncounterAttendee { YoungPersonId = id });
        }
    }

    private async Task LoadForRemindersAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        await db.Entry(encounter).Reference(e => e.Employer).LoadAsync(cancellationToken);
        var ids = encounter.Attendees.Select(a => a.YoungPersonId).ToList();
        var people = await db.YoungPeople.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var attendee in encounter.Attendees)
        {
            attendee.YoungPerson = people.GetValueOrDefault(attendee.YoungPersonId);
        }
    }

    private Task<EncounterResult> SaveAsync(Encounter encounter, Guid formVersion, Func<Task> change, CancellationToken cancellationToken) =>
        SaveAsync(encounter, formVersion, note: null, change, cancellationToken);

    private async Task<EncounterResult> SaveAsync(Encounter encounter, Guid formVersion, AuditNote? note, Func<Task> change, CancellationToken cancellationToken) =>
        await guarded.SaveAsync(encounter, formVersion, note, change, cancellationToken) ? EncounterResult.Success : EncounterResult.StaleForm;
}
