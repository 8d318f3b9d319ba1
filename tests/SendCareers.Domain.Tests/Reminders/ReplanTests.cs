using SendCareers.Domain.Reminders;
using static SendCareers.Domain.Tests.Reminders.ReminderPlannerTests;

namespace SendCareers.Domain.Tests.Reminders;

public class ReplanTests
{
    private static readonly DateTimeOffset LateNovember = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<PlannedMessage> Existing = ReminderPlanner.Plan(December, ReminderSettings.Default, EarlyNovember);

    // The week-before briefings reached the employer and the family; the supervisor's is still being retried.
    private static readonly HashSet<string> Sent =
    [
        "placement:42:briefing-employer:P7D:20261201T093000Z:emp-5",
        "placement:42:briefing-family:P7D:20261201T093000Z:fam-8",
    ];

    private static readonly ReminderSchedule WeekLater = December with
    {
        StartsAt = December.StartsAt.AddDays(7),
        EndsAt = December.EndsAt.AddDays(7),
        Sequence = 2,
    };

    [Fact]
    public void Replan_DatesChanged_CancelsUnsentAddsNewAndNoticesOnlyThoseAlreadyReminded()
    {
        var result = ReminderPlanner.Replan(December, WeekLater, Existing, Sent, ReminderSettings.Default, LateNovember);

        Assert.Equal(ChangeReasons.DatesChanged, result.Reasons);
        Assert.Equal(Existing.Count - Sent.Count, result.ToCancel.Count);
        Assert.DoesNotContain(result.ToCancel, m => Sent.Contains(m.DedupeKey));
        Assert.Equal(ReminderPlanner.Plan(WeekLater, ReminderSettings.Default, LateNovember).Select(m => m.DedupeKey), result.ToAdd.Select(m => m.DedupeKey));
        Assert.All(result.ToAdd, m => Assert.True(m.DedupeKey.Contains(":20261208T093000Z:") || m.DedupeKey.Contains(":20261218T150000Z:"), m.DedupeKey));

        Assert.Equal(["emp-5", "fam-8"], result.ChangeNotices.Select(m => m.Audience.Id).Order());
        Assert.All(result.ChangeNotices, m =>
        {
            Assert.Equal(MessageKind.ChangeNotice, m.Kind);
            Assert.Equal(ChangeReasons.DatesChanged, m.Reasons);
            Assert.Equal(LateNovember, m.DueAt);
        });
        Assert.Contains("placement:42:change-notice:seq-2:20261208T093000Z:fam-8", result.ChangeNotices.Select(m => m.DedupeKey));
        Assert.Equal("dates changed", result.Reasons.Describe());
    }

    [Fact]
    public void Replan_StartBroughtInsideTheBriefingWindow_EachPersonGetsOneUpdatedInvite_NotABriefingAndANotice()
    {
        var tomorrow = December with
        {
            StartsAt = new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero),
            Sequence = 2,
        };

        var result = ReminderPlanner.Replan(December, tomorrow, Existing, Sent, ReminderSettings.Default, LateNovember);

        var dueNow = result.ToAdd.Concat(result.ChangeNotices).Where(m => m.DueAt <= LateNovember).ToList();
        Assert.Contains(dueNow, m => m.Audience.Id == "emp-5" && m.Kind.IsBriefing());
        Assert.Contains(dueNow, m => m.Audience.Id == "fam-8" && m.Kind.IsBriefing());
        Assert.All(dueNow.GroupBy(m => m.Audience.Id), g => Assert.Single(g));
        Assert.DoesNotContain(result.ChangeNotices, m => m.Audience.Id is "emp-5" or "fam-8");
    }

    [Fact]
    public void Replan_PlaceChanged_KeepsEveryMessageAndNoticesThoseAlreadyReminded()
    {
        var moved = December with { Place = "Acme Ltd, 20 Wellington Street, Leeds LS1 4DL", Sequence = 2 };

        var result = ReminderPlanner.Replan(December, moved, Existing, Sent, ReminderSettings.Default, LateNovember);

        Assert.Equal(ChangeReasons.PlaceChanged, result.Reasons);
        Assert.Empty(result.ToCancel); // includes the supervisor's overdue briefing: still right, still to send
        Assert.Empty(result.ToAdd);
        Assert.Equal(["emp-5", "fam-8"], result.ChangeNotices.Select(m => m.Audience.Id).Order());
        Assert.All(result.ChangeNotices, m => Assert.Equal("place changed", m.Reasons.Describe()));
    }

    [Fact]
    public void Replan_DatesAndPlaceChanged_SaysBoth()
    {
        var result = ReminderPlanner.Replan(December, WeekLater with { Place = "Elsewhere" }, Existing, Sent, ReminderSettings.Default, LateNovember);

        Assert.Equal("dates and place changed", result.Reasons.Describe());
    }

    [Fact]
    public void Replan_NothingChanged_DoesNothing()
    {
        var result = ReminderPlanner.Replan(December, December, Existing, Sent, ReminderSettings.Default, LateNovember);

        Assert.True(result.IsEmpty);
        Assert.Equal(ChangeReasons.None, result.Reasons);
    }

    [Fact]
    public void Replan_NobodyRemindedYet_SendsNoChangeNotices()
    {
        var result = ReminderPlanner.Replan(December, WeekLater, Existing, new HashSet<string>(), ReminderSettings.Default, EarlyNovember);

        Assert.Empty(result.ChangeNotices);
        Assert.Equal(Existing.Count, result.ToCancel.Count);
    }

    [Fact]
    public void Replan_DatesChangedWithoutNewSequence_IsRejected()
    {
        Assert.Throws<ArgumentException>(() =>
            ReminderPlanner.Replan(December, WeekLater with { Sequence = 1 }, Existing, Sent, ReminderSettings.Default, LateNovember));
    }

    [Fact]
    public void Replan_NewRecipient_IsAddedWithoutANotice()
    {
        var withTeacher = December with { Recipients = [.. December.Recipients, new Recipient(RecipientRole.JobCoach, "coach-4")] };

        var result = ReminderPlanner.Replan(December, withTeacher, Existing, Sent, ReminderSettings.Default, LateNovember);

        Assert.Empty(result.ChangeNotices);
        Assert.Empty(result.ToCancel);
        Assert.All(result.ToAdd, m => Assert.Equal("coach-4", m.Audience.Id));
        // The week-before briefing is missed but the day-before one is days away, so the former goes now.
        Assert.Equal(
            [("P7D", LateNovember), ("P1D", new DateTimeOffset(2026, 11, 30, 9, 30, 0, TimeSpan.Zero))],
            result.ToAdd.Select(m => (m.DedupeKey.Split(':')[3], m.DueAt)));
    }

    [Fact]
    public void Replan_RunTwiceOrAfterwardsWithNoChange_CreatesNothingNew()
    {
        var first = ReminderPlanner.Replan(December, WeekLater, Existing, Sent, ReminderSettings.Default, LateNovember);
        var cancelled = first.ToCancel.Select(m => m.DedupeKey).ToHashSet();
        var stored = Existing.Where(m => !cancelled.Contains(m.DedupeKey)).Concat(first.ToAdd).Concat(first.ChangeNotices).ToList();

        var again = ReminderPlanner.Replan(December, WeekLater, stored, Sent, ReminderSettings.Default, LateNovember.AddHours(1));
        var settled = ReminderPlanner.Replan(WeekLater, WeekLater, stored, Sent, ReminderSettings.Default, LateNovember.AddHours(2));

        Assert.Empty(again.ToAdd);
        Assert.Empty(again.ChangeNotices);
        Assert.Empty(again.ToCancel);
        Assert.True(settled.IsEmpty); // the unsent change notices for this revision stay put
    }

    [Fact]
    public void Replan_ChangedBack_DoesNotResendWhatWasAlreadySent()
    {
        var first = ReminderPlanner.Replan(December, WeekLater, Existing, Sent, ReminderSettings.Default, LateNovember);
        var cancelled = first.ToCancel.Select(m => m.DedupeKey).ToHashSet();
        var stored = Existing.Where(m => !cancelled.Contains(m.DedupeKey)).Concat(first.ToAdd).Concat(first.ChangeNotices).ToList();

        var back = ReminderPlanner.Replan(WeekLater, December with { Sequence = 3 }, stored, Sent, ReminderSettings.Default, LateNovember.AddHours(1));

        Assert.DoesNotContain(back.ToAdd, m => Sent.Contains(m.DedupeKey));
        Assert.Contains(back.ToCancel, m => m.Kind == MessageKind.ChangeNotice); // the seq-2 notices, not yet sent, are out of date
        Assert.Equal(["emp-5", "fam-8"], back.ChangeNotices.Select(m => m.Audience.Id).Order());
    }

    [Fact]
    public void Withdraw_CancelsEverythingUnsentAndTellsThoseAlreadyReminded()
    {
        var result = ReminderPlanner.Withdraw(December with { Sequence = 2 }, Existing, Sent, LateNovember);

        Assert.Equal(Existing.Count - Sent.Count, result.ToCancel.Count);
        Assert.Empty(result.ToAdd);
        Assert.Equal(["emp-5", "fam-8"], result.ChangeNotices.Select(m => m.Audience.Id).Order());
        Assert.All(result.ChangeNotices, m => Assert.Equal(ChangeReasons.Cancelled, m.Reasons));
    }
}
