using SendCareers.Domain.Placements;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Placements;

/// <summary>
/// Turns a placement into scheduled-message rows using the domain's <see cref="ReminderPlanner"/>:
/// briefings 7 days and 1 day before the start, debriefs after the end, change notices when dates move,
/// cancellations when it is withdrawn. Rows are added to the caller's unit of work (and cancellations run
/// in the caller's transaction), so a placement is never saved without its reminders or the reverse.
/// </summary>
public sealed class PlacementReminders(AppDbContext db, TimeProvider time, ReminderRows rows, ReminderSettings settings)
{
    public const string SubjectType = SubjectTypes.Placement;

    public ReminderSettings Settings => settings;

    /// <summary>
    /// The calendar invite's SEQUENCE: one more for every change of arrangements after confirmation
    /// (recorded as a confirmed-to-confirmed entry in the history), and one more again once withdrawn.
    /// </summary>
    public static int Sequence(Placement placement) =>
        placement.Transitions.Count(t => t.From == PlacementState.Confirmed && t.To == PlacementState.Confirmed)
        + (placement.State == PlacementState.Withdrawn ? 1 : 0);

    /// <summary>Everyone who hears about this placement, with where to write to them.</summary>
    public async Task<IReadOnlyList<Addressee>> AddresseesAsync(Placement placement, CancellationToken cancellationToken)
    {
        var list = new List<Addressee>();
        var employer = placement.Opening?.Employer;
        if (employer is not null && !string.IsNullOrWhiteSpace(employer.ContactEmail))
        {
            list.Add(new(RecipientIds.EmployerContact(employer.Id), employer.ContactEmail, employer.ContactName));
        }

        if (!string.IsNullOrWhiteSpace(placement.SupervisorEmail)
            && !string.Equals(placement.SupervisorEmail.Trim(), employer?.ContactEmail?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            list.Add(new(RecipientIds.Supervisor(placement.Id), placement.SupervisorEmail, placement.SupervisorName));
        }

        var jobCoach = await Addressees.JobCoachAsync(db, placement.JobCoachUserId, cancellationToken);
        if (jobCoach is not null)
        {
            list.Add(jobCoach);
        }

        if (placement.YoungPerson is { } person)
        {
            list.AddRange(Addressees.ForYoungPerson(person, jobCoach));
        }

        return list;
    }

    /// <summary>Where it happens, as families read it: the address and postcode ("Kirkgate Community Hospital, Beckett Street, Leeds, LS9 7TF"), or the postcode alone.</summary>
    public static string Address(Placement placement) =>
        string.Join(", ", new[] { placement.Address, placement.Opening?.Postcode }.Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>The place as the reminder planner compares it: a new address or meeting point is a change everyone already briefed hears about.</summary>
    public static string PlaceOf(Placement placement) =>
        Address(placement) + (placement.MeetingPoint is { } meet ? $" (meeting point: {meet})" : "");

    public static ReminderSchedule? ScheduleOf(Placement placement, IReadOnlyList<Addressee> addressees, int sequence)
    {
        if (placement.StartsAtUtc is not { } start || placement.EndsAtUtc is not { } end || end <= start)
        {
            return null;
        }

        return new ReminderSchedule(
            ScheduleSubject.Placement(placement.Id),
            new DateTimeOffset(start, TimeSpan.Zero),
            new DateTimeOffset(end, TimeSpan.Zero),
            addressees.Select(a => a.Recipient).ToList(),
            PlaceOf(placement),
            sequence)
        {
            RotationEnds = RotationEnds(placement),
        };
    }

    /// <summary>Each rotation ends on its last day at the time the internship's days end.</summary>
    public static IReadOnlyList<RotationEnd> RotationEnds(Placement placement)
    {
        if (placement.EndsAtUtc is not { } end)
        {
            return [];
        }

        var endOfDay = TimeOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(end, TimeSpan.Zero)).DateTime);
        return placement.Rotations
            .OrderBy(r => r.Number)
            .Select(r => new RotationEnd(r.Number, UkTime.FromUk(r.EndsOn, endOfDay)))
            .ToList();
    }

    /// <summary>After confirmation: every briefing and debrief still worth sending.</summary>
    public async Task PlanAsync(Placement placement, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(placement, cancellationToken);
        if (ScheduleOf(placement, addressees, Sequence(placement)) is not { } schedule)
        {
            return;
        }

        var now = time.GetUtcNow();
        await AddAsync(ReminderPlanner.Plan(schedule, Settings, now), addressees, now, cancellationToken);
    }

    /// <summary>After the arrangements of a confirmed placement change: move reminders and tell those already briefed.</summary>
    public async Task ReplanAsync(Placement placement, DateTime oldStartUtc, DateTime oldEndUtc, string? oldPlace, int oldSequence, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(placement, cancellationToken);
        if (ScheduleOf(placement, addressees, Sequence(placement)) is not { } schedule)
        {
            return;
        }

        var old = schedule with
        {
            StartsAt = new DateTimeOffset(oldStartUtc, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(oldEndUtc, TimeSpan.Zero),
            Place = oldPlace,
            Sequence = oldSequence,
        };
        var (existing, sent) = await StoredAsync(placement.Id, cancellationToken);
        var now = time.GetUtcNow();
        var result = ReminderPlanner.Replan(old, schedule, existing, sent, Settings, now);
        await CancelAsync(placement.Id, result.ToCancel.Select(m => m.DedupeKey).ToList(), cancellationToken);
        await AddAsync(result.ToAdd.Concat(result.ChangeNotices), addressees, now, cancellationToken);
        await rows.ReaddressAsync(SubjectType, placement.Id, addressees, cancellationToken);
    }

    /// <summary>
    /// After a supported internship's rotations change: debriefs for new rotation ends are added, those for
    /// moved ends move, those for removed rotations are cancelled. The placement's own dates are unchanged,
    /// so nobody gets a change notice. Only while reminders are live: before confirmation there are none, and
    /// after the end the final debriefs are already planned.
    /// </summary>
    public async Task RotationsChangedAsync(Placement placement, CancellationToken cancellationToken)
    {
        if (placement.State is not (PlacementState.Confirmed or PlacementState.InProgress))
        {
            return;
        }

        var addressees = await AddresseesAsync(placement, cancellationToken);
        if (ScheduleOf(placement, addressees, Sequence(placement)) is not { } schedule)
        {
            return;
        }

        var (existing, sent) = await StoredAsync(placement.Id, cancellationToken);
        var now = time.GetUtcNow();
        var result = ReminderPlanner.Replan(schedule, schedule, existing, sent, Settings, now);
        await CancelAsync(placement.Id, result.ToCancel.Select(m => m.DedupeKey).ToList(), cancellationToken);
        await AddAsync(result.ToAdd, addressees, now, cancellationToken);
    }

    /// <summary>Withdrawn: cancel everything unsent and tell whoever was already briefed.</summary>
    public async Task WithdrawAsync(Placement placement, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(placement, cancellationToken);
        var (existing, sent) = await StoredAsync(placement.Id, cancellationToken);
        if (ScheduleOf(placement, addressees, Sequence(placement)) is not { } schedule)
        {
            await CancelAsync(placement.Id, existing.Select(m => m.DedupeKey).ToList(), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var result = ReminderPlanner.Withdraw(schedule, existing, sent, now);
        await CancelAsync(placement.Id, result.ToCancel.Select(m => m.DedupeKey).ToList(), cancellationToken);
        await AddAsync(result.ChangeNotices, addressees, now, cancellationToken);
    }

    /// <summary>Ended early: the debriefs planned for the original end go out soon instead.</summary>
    public async Task EndedEarlyAsync(Placement placement, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(placement, cancellationToken);
        var (existing, _) = await StoredAsync(placement.Id, cancellationToken);
        await CancelAsync(placement.Id, existing.Select(m => m.DedupeKey).ToList(), cancellationToken);
        var now = time.GetUtcNow();
        if (ScheduleOf(placement, addressees, Sequence(placement)) is not { } schedule)
        {
            return;
        }

        var endedAt = now > schedule.StartsAt ? now : schedule.StartsAt.AddMinutes(1);
        var planned = ReminderPlanner.Plan(schedule with { EndsAt = endedAt }, Settings, now)
            .Where(m => m.Kind.IsDebrief() || m.Kind == MessageKind.DebriefChaser);
        await AddAsync(planned, addressees, now, cancellationToken);
    }

    /// <summary>Someone said they cannot come: alert the job coach (and the workplace) at once.</summary>
    public async Task CantMakeItAsync(Placement placement, Recipient reportedBy, CancellationToken cancellationToken)
    {
        var addressees = await AddresseesAsync(placement, cancellationToken);
        if (ScheduleOf(placement, addressees, Sequence(placement)) is not { } schedule)
        {
            return;
        }

        var now = time.GetUtcNow();
        await AddAsync(ReminderPlanner.CantMakeIt(schedule, reportedBy, now), addressees, now, cancellationToken);
    }

    private Task<(List<PlannedMessage> Existing, HashSet<string> Sent)> StoredAsync(int placementId, CancellationToken cancellationToken) =>
        rows.StoredAsync(SubjectType, ScheduleSubject.Placement(placementId), cancellationToken);

    private Task<int> CancelAsync(int placementId, List<string> keys, CancellationToken cancellationToken) =>
        rows.CancelAsync(SubjectType, placementId, keys, cancellationToken);

    private Task AddAsync(IEnumerable<PlannedMessage> planned, IReadOnlyList<Addressee> addressees, DateTimeOffset now, CancellationToken cancellationToken) =>
        rows.AddAsync(SubjectType, planned, addressees, now, cancellationToken);

    /// <summary>Wakes the dispatcher after the caller has committed, if something planned is due at once.</summary>
    public void DispatchIfWanted() => rows.DispatchIfWanted();
}
