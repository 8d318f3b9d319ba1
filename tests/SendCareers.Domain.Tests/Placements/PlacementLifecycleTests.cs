using SendCareers.Domain.Placements;

namespace SendCareers.Domain.Tests.Placements;

public class PlacementLifecycleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 12, 11, 15, 0, 0, TimeSpan.Zero);
    private static readonly PlacementArrangements Complete = new(Start, End, "Priya Shah", "coach-3", "Bus 42 with travel buddy for week 1");
    private static readonly Actor Admin = new(ActorRole.HubAdmin, "admin-1");

    private static readonly HashSet<(PlacementState, PlacementState)> Legal =
    [
        (PlacementState.Proposed, PlacementState.Agreed),
        (PlacementState.Proposed, PlacementState.Declined),
        (PlacementState.Proposed, PlacementState.Withdrawn),
        (PlacementState.Agreed, PlacementState.Confirmed),
        (PlacementState.Agreed, PlacementState.Withdrawn),
        (PlacementState.Confirmed, PlacementState.InProgress),
        (PlacementState.Confirmed, PlacementState.Withdrawn),
        (PlacementState.InProgress, PlacementState.Completed),
        (PlacementState.InProgress, PlacementState.EndedEarly),
    ];

    public static TheoryData<PlacementState, PlacementState> EveryPair()
    {
        var data = new TheoryData<PlacementState, PlacementState>();
        foreach (var from in Enum.GetValues<PlacementState>())
        {
            foreach (var to in Enum.GetValues<PlacementState>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    // A hub administrator may make every legal move, so with complete arrangements, a reason and a time after
    // the end, the only thing that can refuse a move here is the state machine itself.
    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Transition_EveryStateToEveryTarget_FollowsTheMap(PlacementState from, PlacementState to)
    {
        var decision = PlacementLifecycle.Decide(from, to, Admin, End.AddDays(1), Complete, "Reason given");

        if (Legal.Contains((from, to)))
        {
            Assert.True(decision.IsAccepted, string.Join(" ", decision.Problems));
            Assert.Equal(from, decision.Transition!.From);
            Assert.Equal(to, decision.Transition.To);
        }
        else
        {
            Assert.False(decision.IsAccepted);
            var problem = Assert.Single(decision.Problems);
            Assert.EndsWith(".", problem);
            Assert.DoesNotContain("InProgress", problem);
            Assert.DoesNotContain("EndedEarly", problem);
        }
    }

    [Theory]
    [InlineData(PlacementState.Declined, PlacementState.Confirmed, "A placement that has been declined cannot be confirmed.")]
    [InlineData(PlacementState.Completed, PlacementState.InProgress, "A placement that has been completed cannot be started.")]
    [InlineData(PlacementState.EndedEarly, PlacementState.Withdrawn, "A placement that has ended early cannot be withdrawn.")]
    [InlineData(PlacementState.Proposed, PlacementState.Confirmed, "The employer must accept the placement before it can be confirmed.")]
    [InlineData(PlacementState.InProgress, PlacementState.Withdrawn, "A placement that has started cannot be withdrawn. End it early instead, giving a reason.")]
    [InlineData(PlacementState.Confirmed, PlacementState.Agreed, "A placement that has been confirmed cannot go back to agreed.")]
    [InlineData(PlacementState.Agreed, PlacementState.Agreed, "This placement has already been agreed.")]
    [InlineData(PlacementState.EndedEarly, PlacementState.EndedEarly, "This placement has already ended early.")]
    public void Transition_Illegal_IsRefusedInPlainEnglish(PlacementState from, PlacementState to, string message)
    {
        var decision = PlacementLifecycle.Decide(from, to, Admin, End.AddDays(1), Complete, "Reason given");

        Assert.Equal([message], decision.Problems);
    }

    public static TheoryData<PlacementState, PlacementState, ActorRole, bool> EveryLegalMoveByEveryRole()
    {
        var allowed = new Dictionary<(PlacementState, PlacementState), ActorRole[]>
        {
            [(PlacementState.Proposed, PlacementState.Agreed)] = [ActorRole.Employer, ActorRole.HubAdmin],
            [(PlacementState.Proposed, PlacementState.Declined)] = [ActorRole.Employer, ActorRole.HubAdmin],
            [(PlacementState.Proposed, PlacementState.Withdrawn)] = [ActorRole.JobCoach, ActorRole.YoungPersonOrFamily, ActorRole.HubAdmin],
            [(PlacementState.Agreed, PlacementState.Confirmed)] = [ActorRole.JobCoach, ActorRole.HubAdmin],
            [(PlacementState.Agreed, PlacementState.Withdrawn)] = [ActorRole.JobCoach, ActorRole.YoungPersonOrFamily, ActorRole.HubAdmin],
            [(PlacementState.Confirmed, PlacementState.InProgress)] = [ActorRole.System, ActorRole.HubAdmin],
            [(PlacementState.Confirmed, PlacementState.Withdrawn)] = [ActorRole.JobCoach, ActorRole.YoungPersonOrFamily, ActorRole.HubAdmin],
            [(PlacementState.InProgress, PlacementState.Completed)] = [ActorRole.System, ActorRole.HubAdmin],
            [(PlacementState.InProgress, PlacementState.EndedEarly)] = [ActorRole.Employer, ActorRole.JobCoach, ActorRole.HubAdmin],
        };
        var data = new TheoryData<PlacementState, PlacementState, ActorRole, bool>();
        foreach (var ((from, to), roles) in allowed)
        {
            foreach (var role in Enum.GetValues<ActorRole>())
            {
                data.Add(from, to, role, roles.Contains(role));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryLegalMoveByEveryRole))]
    public void Transition_ByRole_OnlyPermittedRolesSucceed(PlacementState from, PlacementState to, ActorRole role, bool allowed)
    {
        var decision = PlacementLifecycle.Decide(from, to, new Actor(role, "someone-1"), End.AddDays(1), Complete, "Reason given");

        Assert.Equal(allowed, decision.IsAccepted);
        Assert.Equal(allowed, PlacementLifecycle.MovesOpenTo(from, role).Contains(to));
        if (!allowed)
        {
            Assert.StartsWith(to is PlacementState.InProgress or PlacementState.Completed ? "A placement" : "Only", Assert.Single(decision.Problems));
        }
    }

    [Fact]
    public void Transition_AcceptByJobCoach_IsRefused()
    {
        var decision = PlacementLifecycle.Decide(PlacementState.Proposed, PlacementState.Agreed, new Actor(ActorRole.JobCoach, "coach-3"), Start, Complete);

        Assert.Equal(["Only the employer or a hub administrator can accept a placement."], decision.Problems);
    }

    [Fact]
    public void Transition_ConfirmWithNothingArranged_ListsEveryRequirement()
    {
        var decision = PlacementLifecycle.Decide(
            PlacementState.Agreed, PlacementState.Confirmed, new Actor(ActorRole.JobCoach, "coach-3"), Start.AddDays(-14), PlacementArrangements.None);

        Assert.False(decision.IsAccepted);
        Assert.Equal(
            [ConfirmationRequirement.Dates, ConfirmationRequirement.Supervisor, ConfirmationRequirement.JobCoach, ConfirmationRequirement.TravelPlan],
            decision.Missing);
        Assert.Equal(4, decision.Problems.Count);
        Assert.Contains("Enter the name of the supervisor at the workplace", decision.Problems);
    }

    [Fact]
    public void Transition_ConfirmWithoutSupervisor_IsRefused()
    {
        var decision = PlacementLifecycle.Decide(
            PlacementState.Agreed, PlacementState.Confirmed, new Actor(ActorRole.JobCoach, "coach-3"), Start.AddDays(-14),
            Complete with { SupervisorName = "  " });

        Assert.Equal([ConfirmationRequirement.Supervisor], decision.Missing);
    }

    [Fact]
    public void Transition_ConfirmWithEndBeforeStart_NeedsDates()
    {
        var decision = PlacementLifecycle.Decide(
            PlacementState.Agreed, PlacementState.Confirmed, Admin, Start.AddDays(-14), Complete with { EndsAt = Start.AddHours(-1) });

        Assert.Equal([ConfirmationRequirement.Dates], decision.Missing);
    }

    [Fact]
    public void Transition_ConfirmWithEverything_RecordsWhoWhenAndWhy()
    {
        var at = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        var decision = PlacementLifecycle.Decide(
            PlacementState.Agreed, PlacementState.Confirmed, new Actor(ActorRole.JobCoach, "coach-3"), at, Complete, "  Risk assessment done  ");

        Assert.Equal(
            new PlacementTransition(PlacementState.Agreed, PlacementState.Confirmed, ActorRole.JobCoach, "coach-3", at, "Risk assessment done"),
            decision.Transition);
    }

    [Fact]
    public void Transition_RecordedTime_IsUtc()
    {
        var summerMorning = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(1));
        var decision = PlacementLifecycle.Decide(PlacementState.Proposed, PlacementState.Agreed, new Actor(ActorRole.Employer, "emp-9"), summerMorning, PlacementArrangements.None);

        Assert.Equal(TimeSpan.Zero, decision.Transition!.At.Offset);
        Assert.Equal(summerMorning, decision.Transition.At);
    }

    [Fact]
    public void Transition_SystemStartsBeforeStartDate_IsRefused()
    {
        var decision = PlacementLifecycle.Decide(PlacementState.Confirmed, PlacementState.InProgress, Actor.System, Start.AddMinutes(-1), Complete);

        Assert.Equal(["The placement cannot start before its start date, Tuesday 1 December 2026 at 9:30am."], decision.Problems);
    }

    [Fact]
    public void Transition_SystemStartsOnStartDate_IsAccepted()
    {
        var decision = PlacementLifecycle.Decide(PlacementState.Confirmed, PlacementState.InProgress, Actor.System, Start, Complete);

        Assert.True(decision.IsAccepted);
        Assert.Equal(ActorRole.System, decision.Transition!.ActorRole);
    }

    [Fact]
    public void Transition_CompleteBeforeEndDate_IsRefusedAndPointsToEndingEarly()
    {
        var decision = PlacementLifecycle.Decide(PlacementState.InProgress, PlacementState.Completed, Actor.System, End.AddHours(-2), Complete);

        Assert.Contains("end it early", Assert.Single(decision.Problems));
    }

    [Fact]
    public void Transition_EndEarlyWithoutReason_IsRefused()
    {
        var decision = PlacementLifecycle.Decide(PlacementState.InProgress, PlacementState.EndedEarly, new Actor(ActorRole.Employer, "emp-9"), Start.AddDays(2), Complete, " ");

        Assert.Equal(["Enter the reason the placement ended early"], decision.Problems);
    }

    [Fact]
    public void Transition_EndEarlyWithReason_IsAccepted()
    {
        var decision = PlacementLifecycle.Decide(
            PlacementState.InProgress, PlacementState.EndedEarly, new Actor(ActorRole.JobCoach, "coach-3"), Start.AddDays(2), Complete, "Site closed for refurbishment");

        Assert.Equal("Site closed for refurbishment", decision.Transition!.Reason);
    }

    [Fact]
    public void Transition_WithdrawByFamily_IsAcceptedWithoutReason()
    {
        var decision = PlacementLifecycle.Decide(
            PlacementState.Agreed, PlacementState.Withdrawn, new Actor(ActorRole.YoungPersonOrFamily, "family-4"), Start.AddDays(-3), PlacementArrangements.None);

        Assert.True(decision.IsAccepted);
        Assert.Null(decision.Transition!.Reason);
    }

    [Fact]
    public void Transition_OverlongReason_IsRefused()
    {
        var decision = PlacementLifecycle.Decide(
            PlacementState.Proposed, PlacementState.Declined, new Actor(ActorRole.Employer, "emp-9"), Start, Complete, new string('x', 2001));

        Assert.Equal(["The reason must be 2,000 characters or fewer."], decision.Problems);
    }

    [Fact]
    public void MovesOpenTo_Employer_FromProposed_IsAcceptOrDecline()
    {
        Assert.Equal([PlacementState.Agreed, PlacementState.Declined], PlacementLifecycle.MovesOpenTo(PlacementState.Proposed, ActorRole.Employer));
        Assert.Empty(PlacementLifecycle.MovesOpenTo(PlacementState.Completed, ActorRole.HubAdmin));
    }
}
