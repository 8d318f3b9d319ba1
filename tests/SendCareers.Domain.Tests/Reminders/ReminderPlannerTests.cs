using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Tests.Reminders;

public class ReminderPlannerTests
{
    internal static readonly Recipient Employer = new(RecipientRole.EmployerContact, "emp-5");
    internal static readonly Recipient Supervisor = new(RecipientRole.Supervisor, "sup-6");
    internal static readonly Recipient Coach = new(RecipientRole.JobCoach, "coach-3");
    internal static readonly Recipient YoungPerson = new(RecipientRole.YoungPerson, "yp-7");
    internal static readonly Recipient Family = new(RecipientRole.Family, "fam-8");

    // Tuesday 1 December 2026, 9:30am to Friday 11 December, 3pm: GMT, so UK time equals UTC.
    internal static readonly ReminderSchedule December = new(
        ScheduleSubject.Placement(42),
        UkTime.FromUk(new DateOnly(2026, 12, 1), new TimeOnly(9, 30)),
        UkTime.FromUk(new DateOnly(2026, 12, 11), new TimeOnly(15, 0)),
        [Employer, Supervisor, Coach, YoungPerson, Family],
        Place: "Acme Ltd, 1 Park Row, Leeds LS1 5AB",
        Sequence: 1);

    internal static readonly DateTimeOffset EarlyNovember = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text);

    [Fact]
    public void Plan_DefaultOffsets_BriefsEveryoneSevenDaysAndOneDayBefore()
    {
        var plan = ReminderPlanner.Plan(December, ReminderSettings.Default, EarlyNovember);

        var briefings = plan.Where(m => m.Kind.IsBriefing()).ToList();
        Assert.Equal(10, briefings.Count);
        Assert.Equal(5, briefings.Count(m => m.DueAt == Utc("2026-11-24T09:30:00Z")));
        Assert.Equal(5, briefings.Count(m => m.DueAt == Utc("2026-11-30T09:30:00Z")));
        Assert.Contains(briefings, m => m.Kind == MessageKind.BriefingEmployer && m.Audience == Employer);
        Assert.Contains(briefings, m => m.Kind == MessageKind.BriefingSupervisor && m.Audience == Supervisor);
        Assert.Contains(briefings, m => m.Kind == MessageKind.BriefingJobCoach && m.Audience == Coach);
        Assert.Equal(4, briefings.Count(m => m.Kind == MessageKind.BriefingFamily));
        Assert.All(plan, m => Assert.Equal(TimeSpan.Zero, m.DueAt.Offset));
    }

    [Fact]
    public void Plan_DebriefsAfterTheEnd_WithOneChaserEach()
    {
        var plan = ReminderPlanner.Plan(December, ReminderSettings.Default, EarlyNovember);

        var debriefs = plan.Where(m => m.Kind.IsDebrief()).ToList();
        Assert.Equal(
            [(MessageKind.DebriefEmployer, "emp-5"), (MessageKind.DebriefEmployer, "sup-6"), (MessageKind.DebriefYoungPerson, "yp-7"), (MessageKind.DebriefFamily, "fam-8")],
            debriefs.Select(m => (m.Kind, m.Audience.Id)).Order());
        Assert.All(debriefs, m => Assert.Equal(Utc("2026-12-11T17:00:00Z"), m.DueAt));

        var chasers = plan.Where(m => m.Kind == MessageKind.DebriefChaser).ToList();
        Assert.Equal(4, chasers.Count);
        Assert.All(chasers, m => Assert.Equal(Utc("2026-12-14T17:00:00Z"), m.DueAt));
        Assert.Equal(debriefs.Select(d => d.DedupeKey).Order(), chasers.Select(c => c.Chases!).Order());
        Assert.DoesNotContain(plan, m => m.Kind.IsDebrief() && m.Audience == Coach);
    }

    [Fact]
    public void Plan_DedupeKeys_HaveTheDocumentedShape()
    {
        var plan = ReminderPlanner.Plan(December, ReminderSettings.Default, EarlyNovember);

        var keys = plan.Select(m => m.DedupeKey).ToList();
        Assert.Contains("placement:42:briefing-family:P7D:20261201T093000Z:fam-8", keys);
        Assert.Contains("placement:42:briefing-employer:P1D:20261201T093000Z:emp-5", keys);
        Assert.Contains("placement:42:debrief-young-person:end:20261211T150000Z:yp-7", keys);
        Assert.Contains("placement:42:debrief-chaser:young-person-end:20261211T150000Z:yp-7", keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.True(k.Length <= DedupeKey.MaxLength));
    }

    [Fact]
    public void Plan_AgainLaterWithRecipientsReordered_GivesTheSameKeys()
    {
        var first = ReminderPlanner.Plan(December, ReminderSettings.Default, EarlyNovember);
        var reordered = December with { Recipients = December.Recipients.Reverse().ToList() };

        var second = ReminderPlanner.Plan(reordered, ReminderSettings.Default, EarlyNovember.AddDays(10));

        Assert.Equal(first.Select(m => m.DedupeKey), second.Select(m => m.DedupeKey));
        Assert.Equal(first.Select(m => m.DueAt), second.Select(m => m.DueAt));
    }

    [Fact]
    public void Plan_HubOffsets_AreUsedAndNamedInTheKey()
    {
        var settings = ReminderSettings.Default with { BriefingOffsets = [TimeSpan.FromDays(14), TimeSpan.FromDays(2), TimeSpan.FromHours(2)] };

        var plan = ReminderPlanner.Plan(December with { Recipients = [Family] }, settings, EarlyNovember);

        Assert.Equal(
            ["placement:42:briefing-family:P14D:20261201T093000Z:fam-8", "placement:42:briefing-family:P2D:20261201T093000Z:fam-8", "placement:42:briefing-family:PT2H:20261201T093000Z:fam-8"],
            plan.Where(m => m.Kind.IsBriefing()).Select(m => m.DedupeKey));
        Assert.Equal(Utc("2026-12-01T07:30:00Z"), plan.Single(m => m.DedupeKey.Contains(":PT2H:")).DueAt);
    }

    [Fact]
    public void Plan_ThreeDaysBefore_SendsTheWeekBriefingNowAndKeepsTheDayBefore()
    {
        var now = December.StartsAt.AddDays(-3);

        var briefings = ReminderPlanner.Plan(December with { Recipients = [Family] }, ReminderSettings.Default, now).Where(m => m.Kind.IsBriefing()).ToList();

        Assert.Equal([("P7D", now), ("P1D", Utc("2026-11-30T09:30:00Z"))], briefings.Select(m => (m.DedupeKey.Split(':')[3], m.DueAt)));
    }

    [Fact]
    public void Plan_TwelveHoursBefore_SendsOnlyTheDayBeforeBriefingNow()
    {
        var now = December.StartsAt.AddHours(-12);

        var briefings = ReminderPlanner.Plan(December with { Recipients = [Family] }, ReminderSettings.Default, now).Where(m => m.Kind.IsBriefing()).ToList();

        var only = Assert.Single(briefings);
        Assert.Contains(":P1D:", only.DedupeKey);
        Assert.Equal(now, only.DueAt);
    }

    [Fact]
    public void Plan_HoursBeforeTheDayBeforeBriefing_SkipsTheMissedWeekBriefing()
    {
        var now = December.StartsAt.AddDays(-1).AddHours(-2);

        var briefings = ReminderPlanner.Plan(December with { Recipients = [Family] }, ReminderSettings.Default, now).Where(m => m.Kind.IsBriefing()).ToList();

        var only = Assert.Single(briefings);
        Assert.Contains(":P1D:", only.DedupeKey);
        Assert.Equal(Utc("2026-11-30T09:30:00Z"), only.DueAt);
    }

    [Fact]
    public void Plan_AfterTheStart_SendsNoBriefingsButStillDebriefs()
    {
        var plan = ReminderPlanner.Plan(December, ReminderSettings.Default, December.StartsAt.AddHours(1));

        Assert.DoesNotContain(plan, m => m.Kind.IsBriefing());
        Assert.Equal(4, plan.Count(m => m.Kind.IsDebrief()));
    }

    [Fact]
    public void Plan_ThreeDaysAfterTheEnd_SendsTheDebriefNow()
    {
        var now = December.EndsAt.AddDays(3);

        var plan = ReminderPlanner.Plan(December, ReminderSettings.Default, now);

        Assert.All(plan.Where(m => m.Kind.IsDebrief()), m => Assert.Equal(now, m.DueAt));
        Assert.All(plan.Where(m => m.Kind == MessageKind.DebriefChaser), m => Assert.Equal(now.AddDays(3), m.DueAt));
    }

    [Fact]
    public void Plan_WeeksAfterTheEnd_IsEmpty()
    {
        Assert.Empty(ReminderPlanner.Plan(December, ReminderSettings.Default, December.EndsAt.AddDays(20)));
    }

    [Fact]
    public void Plan_JulyPlacement_BriefsAtTheSameUkTimeInBst()
    {
        var july = December with
        {
            StartsAt = UkTime.FromUk(new DateOnly(2026, 7, 15), new TimeOnly(9, 30)),
            EndsAt = UkTime.FromUk(new DateOnly(2026, 7, 17), new TimeOnly(15, 0)),
            Recipients = [Family],
        };

        var plan = ReminderPlanner.Plan(july, ReminderSettings.Default, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(Utc("2026-07-15T08:30:00Z"), july.StartsAt);
        var weekBefore = plan.Single(m => m.DedupeKey == "placement:42:briefing-family:P7D:20260715T083000Z:fam-8");
        Assert.Equal(Utc("2026-07-08T08:30:00Z"), weekBefore.DueAt);
        Assert.Equal("Wednesday 8 July 2026 at 9:30am", UkTime.Format(weekBefore.DueAt));
        Assert.Equal("Friday 17 July 2026 at 5pm", UkTime.Format(plan.Single(m => m.Kind == MessageKind.DebriefFamily).DueAt));
    }

    [Fact]
    public void Plan_DecemberPlacement_BriefsAtTheSameUkTimeInGmt()
    {
        var plan = ReminderPlanner.Plan(December with { Recipients = [Family] }, ReminderSettings.Default, EarlyNovember);

        var weekBefore = plan.Single(m => m.DedupeKey.Contains(":P7D:"));
        Assert.Equal(Utc("2026-11-24T09:30:00Z"), weekBefore.DueAt);
        Assert.Equal("Tuesday 24 November 2026 at 9:30am", UkTime.Format(weekBefore.DueAt));
    }

    [Fact]
    public void Plan_AcrossTheLastSundayInOctober_KeepsRemindersAtTheUkWallClockTime()
    {
        // Starts Tuesday 27 October 2026, two days after the clocks go back on Sunday 25 October.
        var autumn = December with
        {
            StartsAt = UkTime.FromUk(new DateOnly(2026, 10, 27), new TimeOnly(9, 30)),
            EndsAt = UkTime.FromUk(new DateOnly(2026, 10, 30), new TimeOnly(15, 0)),
            Recipients = [Family],
        };

        var plan = ReminderPlanner.Plan(autumn, ReminderSettings.Default, new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));

        var weekBefore = plan.Single(m => m.DedupeKey.Contains(":P7D:"));
        var dayBefore = plan.Single(m => m.DedupeKey.Contains(":P1D:"));
        Assert.Equal(Utc("2026-10-20T08:30:00Z"), weekBefore.DueAt); // 9:30am BST
        Assert.Equal(Utc("2026-10-26T09:30:00Z"), dayBefore.DueAt);  // 9:30am GMT
        Assert.Equal("Tuesday 20 October 2026 at 9:30am", UkTime.Format(weekBefore.DueAt));
        Assert.Equal("Monday 26 October 2026 at 9:30am", UkTime.Format(dayBefore.DueAt));
    }

    [Fact]
    public void Plan_ChaserAcrossTheOctoberChange_KeepsTheWallClockTime()
    {
        // An encounter ends 3pm BST on Friday 23 October; its debrief is at 5pm and the chaser three days later at 5pm GMT.
        var encounter = new ReminderSchedule(
            ScheduleSubject.Encounter(9),
            UkTime.FromUk(new DateOnly(2026, 10, 23), new TimeOnly(13, 0)),
            UkTime.FromUk(new DateOnly(2026, 10, 23), new TimeOnly(15, 0)),
            [Employer]);

        var plan = ReminderPlanner.Plan(encounter, ReminderSettings.Default, new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("Friday 23 October 2026 at 5pm", UkTime.Format(plan.Single(m => m.Kind == MessageKind.DebriefEmployer).DueAt));
        Assert.Equal("Monday 26 October 2026 at 5pm", UkTime.Format(plan.Single(m => m.Kind == MessageKind.DebriefChaser).DueAt));
        Assert.All(plan, m => Assert.StartsWith("encounter:9:", m.DedupeKey));
    }

    [Fact]
    public void Plan_Rotations_EachGetADebriefExceptTheLastWhichTheFinalDebriefCovers()
    {
        var internship = December with
        {
            StartsAt = UkTime.FromUk(new DateOnly(2026, 9, 7), new TimeOnly(9, 0)),
            EndsAt = UkTime.FromUk(new DateOnly(2027, 6, 25), new TimeOnly(15, 0)),
            Recipients = [Supervisor, YoungPerson],
            RotationEnds =
            [
                new(1, UkTime.FromUk(new DateOnly(2026, 11, 20), new TimeOnly(15, 0))),
                new(2, UkTime.FromUk(new DateOnly(2027, 3, 19), new TimeOnly(15, 0))),
                new(3, UkTime.FromUk(new DateOnly(2027, 6, 25), new TimeOnly(15, 0))),
            ],
        };

        var plan = ReminderPlanner.Plan(internship, ReminderSettings.Default, new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));

        var debriefSlots = plan.Where(m => m.Kind.IsDebrief() && m.Audience == YoungPerson).Select(m => m.DedupeKey.Split(':')[3] + "@" + m.DedupeKey.Split(':')[4]);
        Assert.Equal(["rotation-1-end@20261120T150000Z", "rotation-2-end@20270319T150000Z", "end@20270625T140000Z"], debriefSlots);
        Assert.Equal(2, plan.Count(m => m.Kind == MessageKind.DebriefChaser && DebriefSlot.RotationOf(m.DedupeKey.Split(':')[3]) == 1));
    }

    [Fact]
    public void Plan_RotationEnd_AsksEmployerAndYoungPersonButNotFamily()
    {
        var internship = December with
        {
            StartsAt = UkTime.FromUk(new DateOnly(2026, 9, 7), new TimeOnly(9, 0)),
            EndsAt = UkTime.FromUk(new DateOnly(2027, 6, 25), new TimeOnly(15, 0)),
            RotationEnds = [new(1, UkTime.FromUk(new DateOnly(2026, 11, 20), new TimeOnly(15, 0)))],
        };

        var plan = ReminderPlanner.Plan(internship, ReminderSettings.Default, new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));

        var afterRotation = plan.Where(m => m.Kind.IsDebrief() && DebriefSlot.RotationOf(m.DedupeKey.Split(':')[3]) == 1).Select(m => m.Kind).Distinct().Order();
        Assert.Equal([MessageKind.DebriefEmployer, MessageKind.DebriefYoungPerson], afterRotation);
    }

    [Theory]
    [InlineData("end", null)]
    [InlineData("rotation-2-end", 2)]
    [InlineData("young-person-rotation-12-end", 12)]
    [InlineData("employer-end", null)]
    [InlineData("rotation-x-end", null)]
    [InlineData("rotation--end", null)]
    public void DebriefSlot_RotationOf_ReadsTheNumberBack(string slot, int? expected) =>
        Assert.Equal(expected, DebriefSlot.RotationOf(slot));

    [Fact]
    public void Plan_OnePersonAsContactAndSupervisor_GetsOneEmployerDebrief()
    {
        var smallFirm = December with { Recipients = [Employer, new Recipient(RecipientRole.Supervisor, Employer.Id)] };

        var plan = ReminderPlanner.Plan(smallFirm, ReminderSettings.Default, EarlyNovember);

        Assert.Single(plan, m => m.Kind == MessageKind.DebriefEmployer);
    }

    [Fact]
    public void Plan_EndBeforeStart_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ReminderPlanner.Plan(December with { EndsAt = December.StartsAt }, ReminderSettings.Default, EarlyNovember));
    }

    [Fact]
    public void Settings_Problems_AreWordedForTheForm()
    {
        var settings = ReminderSettings.Default with { BriefingOffsets = [TimeSpan.FromDays(7), TimeSpan.FromDays(7)], ChaserDelay = TimeSpan.Zero };

        Assert.Equal(
            ["Each briefing time must be different", "The chaser must be sent between 1 minute and 30 days after the debrief"],
            settings.Problems());
        Assert.Empty(ReminderSettings.Default.Problems());
    }

    [Fact]
    public void Plan_ZeroOffset_IsRejected()
    {
        var settings = ReminderSettings.Default with { BriefingOffsets = [TimeSpan.Zero] };

        Assert.Throws<ArgumentException>(() => ReminderPlanner.Plan(December, settings, EarlyNovember));
    }

    [Theory]
    [InlineData("jo@example.com")]
    [InlineData("Jo Bloggs")]
    [InlineData("")]
    public void Recipient_IdThatCouldHoldPersonalDataOrBreakKeys_IsRejected(string id)
    {
        Assert.Throws<ArgumentException>(() => new Recipient(RecipientRole.Family, id));
    }

    [Fact]
    public void CantMakeIt_AlertsCoachSupervisorAndEmployerOncePerDay()
    {
        var now = December.StartsAt.AddHours(-20);

        var alerts = ReminderPlanner.CantMakeIt(December, YoungPerson, now);
        var again = ReminderPlanner.CantMakeIt(December, YoungPerson, now.AddHours(2));
        var nextDay = ReminderPlanner.CantMakeIt(December, YoungPerson, now.AddDays(1));

        Assert.Equal(["coach-3", "emp-5", "sup-6"], alerts.Select(m => m.Audience.Id).Order());
        Assert.All(alerts, m => Assert.Equal(now, m.DueAt));
        Assert.Equal(alerts.Select(m => m.DedupeKey), again.Select(m => m.DedupeKey));
        Assert.Empty(alerts.Select(m => m.DedupeKey).Intersect(nextDay.Select(m => m.DedupeKey)));
    }

    [Fact]
    public void PlanCheckExpiry_RemindsBeforeTheCheckLapses()
    {
        var expires = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var plan = ReminderPlanner.PlanCheckExpiry(
            ScheduleSubject.Check(7), expires, [Coach], [TimeSpan.FromDays(30), TimeSpan.FromDays(7)], ReminderSettings.Default, EarlyNovember);

        Assert.Equal(["check:7:check-expiry:P30D:20270301T000000Z:coach-3", "check:7:check-expiry:P7D:20270301T000000Z:coach-3"], plan.Select(m => m.DedupeKey));
        Assert.Equal(Utc("2027-01-30T00:00:00Z"), plan[0].DueAt);
    }
}
