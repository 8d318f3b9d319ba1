namespace SendCareers.Domain.Reminders;

/// <summary>
/// Plans the briefings, debriefs and chasers for a placement or encounter, and works out what changes
/// when its dates or place change. Pure functions of their inputs: the web layer passes "now" from its
/// TimeProvider, stores the results and lets the dispatcher send whatever is due.
/// <para>
/// Offsets and delays count whole days on the UK calendar (see <see cref="UkTime.Shift"/>), so a briefing
/// "7 days before" a 9:30am start arrives at 9:30am even across a clock change.
/// </para>
/// <para>
/// Late planning (a placement confirmed three days before it starts, say): a briefing whose time has
/// passed is not simply dropped, since the first briefing carries what people need to know. The most
/// recent missed briefing is sent at once, older missed ones are skipped, and even that one is skipped if
/// the next briefing is due within <see cref="ReminderSettings.CatchUpGap"/>. Once the start has passed no
/// briefing is sent. A missed debrief is sent at once if the end was less than
/// <see cref="ReminderSettings.LateDebriefLimit"/> ago, and skipped (with its chaser) otherwise.
/// </para>
/// </summary>
public static class ReminderPlanner
{
    /// <summary>Every message for the schedule that is still worth sending at <paramref name="now"/>, ordered by due time.</summary>
    public static IReadOnlyList<PlannedMessage> Plan(ReminderSchedule schedule, ReminderSettings settings, DateTimeOffset now)
    {
        CheckSchedule(schedule);
        settings.Check();
        return Order(FromSchedule(schedule, settings, now));
    }

    /// <summary>
    /// Re-plans after an edit. <paramref name="existing"/> are the stored, not cancelled, messages for this
    /// subject; <paramref name="sentKeys"/> the keys of those already sent. Unsent messages that the new
    /// schedule no longer produces are cancelled; new ones are added; everyone who was already briefed
    /// gets a change notice when the dates or the place changed.
    /// </summary>
    public static ReplanResult Replan(
        ReminderSchedule oldSchedule,
        ReminderSchedule newSchedule,
        IReadOnlyCollection<PlannedMessage> existing,
        IReadOnlySet<string> sentKeys,
        ReminderSettings settings,
        DateTimeOffset now)
    {
        if (oldSchedule.Subject != newSchedule.Subject)
        {
            throw new ArgumentException("The old and new schedules must be for the same placement or encounter.", nameof(newSchedule));
        }

        var reasons = ChangeReasons.None;
        if (oldSchedule.StartsAt != newSchedule.StartsAt || oldSchedule.EndsAt != newSchedule.EndsAt)
        {
            reasons |= ChangeReasons.DatesChanged;
        }

        if (!string.Equals(oldSchedule.Place?.Trim(), newSchedule.Place?.Trim(), StringComparison.Ordinal))
        {
            reasons |= ChangeReasons.PlaceChanged;
        }

        if (reasons != ChangeReasons.None && newSchedule.Sequence <= oldSchedule.Sequence)
        {
            // Without a new sequence the change notices would reuse the last revision's keys and be dropped
            // as duplicates, and calendar apps would ignore the updated invite.
            throw new ArgumentException("Increase Sequence when the dates or place change.", nameof(newSchedule));
        }

        var planned = Plan(newSchedule, settings, now);

        // Decide cancellations against everything the new schedule could produce, ignoring the late-planning
        // rules: an unsent message delayed by an SMTP outage is still right if its dates are unchanged.
        var wanted = FromSchedule(newSchedule, settings, now: DateTimeOffset.MinValue)
            .Select(m => m.DedupeKey)
            .ToHashSet(StringComparer.Ordinal);
        var ours = existing.Where(m => m.Subject == newSchedule.Subject).ToList();
        var toCancel = ours
            .Where(m => !sentKeys.Contains(m.DedupeKey) && IsPlannedFromSchedule(m.Kind))
            .Where(m => !wanted.Contains(m.DedupeKey) && !IsCurrentNotice(m, newSchedule))
            .ToList();

        var existingKeys = ours.Select(m => m.DedupeKey).ToHashSet(StringComparer.Ordinal);
        var toAdd = planned.Where(m => !existingKeys.Contains(m.DedupeKey)).ToList();
        // One updated invite per person per change: whoever gets a briefing for the new dates straight away
        // (it carries the new invite) is not also sent a change notice with the same revision.
        var briefedNow = toAdd.Where(m => m.Kind.IsBriefing() && m.DueAt <= now).Select(m => m.Audience.Id).ToHashSet(StringComparer.Ordinal);
        var notices = reasons == ChangeReasons.None
            ? []
            : Order(ChangeNotices(newSchedule, ours, sentKeys, reasons, now)
                .Where(m => !existingKeys.Contains(m.DedupeKey) && !briefedNow.Contains(m.Audience.Id)));

        return new ReplanResult(reasons, Order(toCancel), toAdd, notices);
    }

    /// <summary>
    /// For a withdrawn, declined or cancelled placement or encounter: cancel every unsent message and tell
    /// everyone already briefed. Pass the last schedule with <see cref="ReminderSchedule.Sequence"/> increased,
    /// as for the calendar CANCEL.
    /// </summary>
    public static ReplanResult Withdraw(
        ReminderSchedule schedule,
        IReadOnlyCollection<PlannedMessage> existing,
        IReadOnlySet<string> sentKeys,
        DateTimeOffset now)
    {
        var ours = existing.Where(m => m.Subject == schedule.Subject).ToList();
        var existingKeys = ours.Select(m => m.DedupeKey).ToHashSet(StringComparer.Ordinal);
        var toCancel = ours.Where(m => !sentKeys.Contains(m.DedupeKey) && !IsCurrentNotice(m, schedule)).ToList();
        var notices = Order(ChangeNotices(schedule, ours, sentKeys, ChangeReasons.Cancelled, now)
            .Where(m => !existingKeys.Contains(m.DedupeKey)));
        return new ReplanResult(ChangeReasons.Cancelled, Order(toCancel), [], notices);
    }

    /// <summary>
    /// Someone (usually the young person or family, by a link in their briefing) says they cannot come.
    /// Alerts the job coach, the supervisor and the employer contact at once. At most one alert per
    /// reporter per UK day, however many times the link is pressed.
    /// </summary>
    public static IReadOnlyList<PlannedMessage> CantMakeIt(ReminderSchedule schedule, Recipient reportedBy, DateTimeOffset now)
    {
        var ukDay = UkTime.FromUk(DateOnly.FromDateTime(UkTime.ToUk(now).DateTime), TimeOnly.MinValue);
        var slot = $"from-{reportedBy.Id}";
        return Order(schedule.Recipients
            .Where(r => r.Role is RecipientRole.JobCoach or RecipientRole.Supervisor or RecipientRole.EmployerContact)
            .Where(r => r.Id != reportedBy.Id)
            .Select(r => Message(schedule.Subject, MessageKind.CantMakeItAlert, slot, ukDay, r, now)));
    }

    /// <summary>
    /// Reminders that a safeguarding check (DBS, insurance) is about to expire, with the same late-planning
    /// rule as briefings. Typical offsets: 30 days and 7 days.
    /// </summary>
    public static IReadOnlyList<PlannedMessage> PlanCheckExpiry(
        ScheduleSubject check,
        DateTimeOffset expiresAt,
        IReadOnlyList<Recipient> recipients,
        IReadOnlyList<TimeSpan> offsets,
        ReminderSettings settings,
        DateTimeOffset now)
    {
        settings.Check();
        return Order(
            from slot in SurvivingSlots(expiresAt, offsets, settings.CatchUpGap, now)
            from recipient in recipients
            select Message(check, MessageKind.CheckExpiry, DedupeKey.OffsetSlot(slot.Offset), expiresAt, recipient, slot.DueAt));
    }

    private static IEnumerable<PlannedMessage> FromSchedule(ReminderSchedule schedule, ReminderSettings settings, DateTimeOffset now) =>
        Briefings(schedule, settings, now).Concat(Debriefs(schedule, settings, now));

    private static IEnumerable<PlannedMessage> Briefings(ReminderSchedule schedule, ReminderSettings settings, DateTimeOffset now) =>
        from slot in SurvivingSlots(schedule.StartsAt, settings.BriefingOffsets, settings.CatchUpGap, now)
        from recipient in schedule.Recipients
        select Message(schedule.Subject, BriefingKind(recipient.Role), DedupeKey.OffsetSlot(slot.Offset), schedule.StartsAt, recipient, slot.DueAt);

    /// <summary>The briefing offsets still to send, each with its due time (now, for a catch-up).</summary>
    private static IEnumerable<(TimeSpan Offset, DateTimeOffset DueAt)> SurvivingSlots(
        DateTimeOffset anchor, IReadOnlyList<TimeSpan> offsets, TimeSpan catchUpGap, DateTimeOffset now)
    {
        if (anchor <= now)
        {
            yield break;
        }

        var slots = offsets.Select(o => (Offset: o, DueAt: UkTime.Shift(anchor, -o))).OrderBy(s => s.DueAt).ToList();
        var future = slots.Where(s => s.DueAt >= now).ToList();
        var missed = slots.Where(s => s.DueAt < now).ToList();
        if (missed.Count > 0 && (future.Count == 0 || future[0].DueAt - now >= catchUpGap))
        {
            yield return (missed[^1].Offset, now);
        }

        foreach (var slot in future)
        {
            yield return slot;
        }
    }

    private static IEnumerable<PlannedMessage> Debriefs(ReminderSchedule schedule, ReminderSettings settings, DateTimeOffset now)
    {
        // A rotation ending within a day of the whole placement is the last one: the final debrief covers it.
        var anchors = schedule.RotationEnds
            .Where(r => r.EndsAt > schedule.StartsAt && r.EndsAt < schedule.EndsAt - TimeSpan.FromDays(1))
            .DistinctBy(r => r.Number)
            .Select(r => (Slot: DebriefSlot.AfterRotation(r.Number), At: r.EndsAt, AfterRotation: true))
            .Append((Slot: DebriefSlot.End, At: schedule.EndsAt, AfterRotation: false));

        foreach (var (slot, at, afterRotation) in anchors)
        {
            var dueAt = UkTime.Shift(at, settings.DebriefDelay);
            if (dueAt < now)
            {
                if (now - at > settings.LateDebriefLimit)
                {
                    continue;
                }

                dueAt = now;
            }

            foreach (var recipient in schedule.Recipients)
            {
                // Families are asked once, at the end: a form every twelve weeks would be too much to ask.
                if (DebriefKind(recipient.Role) is not { } kind || (afterRotation && kind == MessageKind.DebriefFamily))
                {
                    continue;
                }

                var debrief = Message(schedule.Subject, kind, slot, at, recipient, dueAt);
                yield return debrief;

                // The chaser's slot names the debrief it follows, so one person with two debriefs gets two chasers.
                var chaserSlot = $"{kind.Token()["debrief-".Length..]}-{slot}";
                yield return Message(schedule.Subject, MessageKind.DebriefChaser, chaserSlot, at, recipient, UkTime.Shift(dueAt, settings.ChaserDelay))
                    with { Chases = debrief.DedupeKey };
            }
        }
    }

    private static IEnumerable<PlannedMessage> ChangeNotices(
        ReminderSchedule schedule, List<PlannedMessage> ours, IReadOnlySet<string> sentKeys, ChangeReasons reasons, DateTimeOffset now) =>
        ours
            .Where(m => sentKeys.Contains(m.DedupeKey) && (m.Kind.IsBriefing() || m.Kind == MessageKind.ChangeNotice))
            .Select(m => m.Audience)
            .DistinctBy(r => r.Id)
            .Select(r => Notice(schedule, r, now) with { Reasons = reasons });

    private static PlannedMessage Notice(ReminderSchedule schedule, Recipient recipient, DateTimeOffset now) =>
        Message(schedule.Subject, MessageKind.ChangeNotice, $"seq-{schedule.Sequence}", schedule.StartsAt, recipient, now);

    private static bool IsCurrentNotice(PlannedMessage message, ReminderSchedule schedule) =>
        message.Kind == MessageKind.ChangeNotice && message.DedupeKey == Notice(schedule, message.Audience, default).DedupeKey;

    private static bool IsPlannedFromSchedule(MessageKind kind) =>
        kind.IsBriefing() || kind.IsDebrief() || kind is MessageKind.DebriefChaser or MessageKind.ChangeNotice;

    private static PlannedMessage Message(ScheduleSubject subject, MessageKind kind, string slot, DateTimeOffset anchor, Recipient recipient, DateTimeOffset dueAt) =>
        new(DedupeKey.For(subject, kind, slot, anchor, recipient), subject, kind, recipient, dueAt.ToUniversalTime());

    private static MessageKind BriefingKind(RecipientRole role) => role switch
    {
        RecipientRole.EmployerContact => MessageKind.BriefingEmployer,
        RecipientRole.Supervisor => MessageKind.BriefingSupervisor,
        RecipientRole.JobCoach => MessageKind.BriefingJobCoach,
        RecipientRole.YoungPerson or RecipientRole.Family => MessageKind.BriefingFamily,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    // The job coach leads the debrief rather than answering one, so gets none.
    private static MessageKind? DebriefKind(RecipientRole role) => role switch
    {
        RecipientRole.EmployerContact or RecipientRole.Supervisor => MessageKind.DebriefEmployer,
        RecipientRole.YoungPerson => MessageKind.DebriefYoungPerson,
        RecipientRole.Family => MessageKind.DebriefFamily,
        _ => null,
    };

    // Duplicates (one person in two roles receiving the same kind) collapse onto one key.
    private static List<PlannedMessage> Order(IEnumerable<PlannedMessage> messages) =>
        messages.DistinctBy(m => m.DedupeKey).OrderBy(m => m.DueAt).ThenBy(m => m.DedupeKey, StringComparer.Ordinal).ToList();

    private static void CheckSchedule(ReminderSchedule schedule)
    {
        if (schedule.EndsAt <= schedule.StartsAt)
        {
            throw new ArgumentException("The end must be after the start.", nameof(schedule));
        }
    }
}
