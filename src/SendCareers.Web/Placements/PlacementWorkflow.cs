using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.Security;

namespace SendCareers.Web.Placements;

/// <summary>
/// Carries out moves on a placement the page has already found within the user's scope: asks the domain
/// lifecycle whether the move is allowed, records who, when and why, keeps reminders in step, and saves
/// it all in one transaction guarded by the placement's Version (a stale form changes nothing).
/// </summary>
public sealed class PlacementWorkflow(AppDbContext db, TimeProvider time, PlacementReminders reminders, SafeguardingGate safeguarding, GuardedChange guarded, Notices notices, MessageScheduler scheduler)
{
    public static Actor ActorFor(ClaimsPrincipal user, ActorRole roleOnThisPage) =>
        new(user.IsHubAdmin() ? ActorRole.HubAdmin : roleOnThisPage, user.UserId() ?? "unknown");

    /// <summary>Withdraw, decline, start, complete or end early.</summary>
    public async Task<PlacementMove> MoveAsync(Placement placement, Guid formVersion, PlacementState to, Actor actor, string? reason, CancellationToken cancellationToken)
    {
        if (placement.Version != formVersion)
        {
            return PlacementMove.StaleForm;
        }

        var decision = PlacementLifecycle.Decide(placement.State, to, actor, time.GetUtcNow(), Arrangements(placement), reason);
        if (!decision.IsAccepted)
        {
            return PlacementMove.Refused(decision.Problems.Select(p => ((string?)null, p)).ToList());
        }

        return await SaveAsync(placement, formVersion, decision.Transition!, _ => { }, async () =>
        {
            switch (to)
            {
                case PlacementState.Withdrawn or PlacementState.Declined:
                    await reminders.WithdrawAsync(placement, cancellationToken);
                    if (to == PlacementState.Declined)
                    {
                        await notices.ToCoachesAsync(Notices.ProposalAnswered, placement, "declined", cancellationToken);
                    }

                    break;
                case PlacementState.EndedEarly:
                    await reminders.EndedEarlyAsync(placement, cancellationToken);
                    break;
            }
        }, cancellationToken);
    }

    /// <summary>The employer accepts and names the supervisor.</summary>
    public async Task<PlacementMove> AcceptAsync(Placement placement, Guid formVersion, Actor actor, string supervisorName, string? supervisorEmail, string? supervisorPhone, CancellationToken cancellationToken)
    {
        if (placement.Version != formVersion)
        {
            return PlacementMove.StaleForm;
        }

        var decision = PlacementLifecycle.Decide(placement.State, PlacementState.Agreed, actor, time.GetUtcNow(), Arrangements(placement));
        if (!decision.IsAccepted)
        {
            return PlacementMove.Refused(decision.Problems.Select(p => ((string?)null, p)).ToList());
        }

        return await SaveAsync(placement, formVersion, decision.Transition!, p =>
        {
            p.SupervisorName = supervisorName;
            p.SupervisorEmail = supervisorEmail;
            p.SupervisorPhone = supervisorPhone;
        }, () => notices.ToCoachesAsync(Notices.ProposalAnswered, placement, "agreed", cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Confirms an agreed placement, or changes the arrangements of a confirmed one (recorded in the
    /// history as confirmed to confirmed, and telling everyone already briefed).
    /// </summary>
    public async Task<PlacementMove> ConfirmAsync(Placement placement, Guid formVersion, Actor actor, ConfirmDetails details, CancellationToken cancellationToken)
    {
        if (placement.Version != formVersion)
        {
            return PlacementMove.StaleForm;
        }

        var now = time.GetUtcNow();
        var arrangements = new PlacementArrangements(
            new DateTimeOffset(details.StartsAtUtc, TimeSpan.Zero),
            new DateTimeOffset(details.EndsAtUtc, TimeSpan.Zero),
            details.SupervisorName,
            details.JobCoachUserId,
            details.TravelPlan);

        void Apply(Placement p)
        {
            p.StartsAtUtc = details.StartsAtUtc;
            p.EndsAtUtc = details.EndsAtUtc;
            p.SupervisorName = details.SupervisorName;
            p.SupervisorEmail = details.SupervisorEmail;
            p.JobCoachUserId = details.JobCoachUserId;
            p.TravelPlan = details.TravelPlan;
            p.Address = details.Address;
            p.MeetingPoint = details.MeetingPoint;
        }

        if (placement.State != PlacementState.Confirmed)
        {
            var decision = PlacementLifecycle.Decide(placement.State, PlacementState.Confirmed, actor, now, arrangements);
            if (!decision.IsAccepted)
            {
                return PlacementMove.Refused(decision.Problems.Select(p => ((string?)null, p)).ToList());
            }

            if (await SafeguardingRefusalAsync(placement, details.EndsAtUtc, cancellationToken) is { } refusal)
            {
                return PlacementMove.Refused(null, refusal);
            }

            return await SaveAsync(placement, formVersion, decision.Transition!, Apply, async () =>
            {
                await reminders.PlanAsync(placement, cancellationToken);
                await notices.ToEmployerAsync(Notices.PlacementConfirmed, placement, cancellationToken);
            }, cancellationToken);
        }

        if (actor.Role is not (ActorRole.JobCoach or ActorRole.HubAdmin))
        {
            return PlacementMove.Refused(null, "Only the job coach or a hub administrator can change the arrangements of a confirmed placement.");
        }

        if (arrangements.MissingForConfirmation() is { Count: > 0 } missing)
        {
            return PlacementMove.Refused(missing.Select(m => ((string?)null, m.Instruction())).ToList());
        }

        if (await SafeguardingRefusalAsync(placement, details.EndsAtUtc, cancellationToken) is { } changeRefusal)
        {
            return PlacementMove.Refused(null, changeRefusal);
        }

        var oldStart = placement.StartsAtUtc!.Value;
        var oldEnd = placement.EndsAtUtc!.Value;
        var oldSequence = PlacementReminders.Sequence(placement);
        var oldPlace = PlacementReminders.PlaceOf(placement);
        var datesChanged = oldStart != details.StartsAtUtc || oldEnd != details.EndsAtUtc;
        var why = datesChanged
            ? $"Dates changed from {UkTime.Format(new DateTimeOffset(oldStart, TimeSpan.Zero))} to {UkTime.Format(new DateTimeOffset(details.StartsAtUtc, TimeSpan.Zero))}"
            : "Arrangements changed";
        var change = new PlacementTransition(PlacementState.Confirmed, PlacementState.Confirmed, actor.Role, actor.Id, now, why);
        return await SaveAsync(placement, formVersion, change, Apply,
            () => reminders.ReplanAsync(placement, oldStart, oldEnd, oldPlace, oldSequence, cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Gives a confirmed or running placement to another job coach (the last one left, or moved school):
    /// the old coach's unsent reminders are cancelled, the new coach's planned, and the young person's Easy
    /// Read messages that went through the old coach now go through the new one. Dates are unchanged, so
    /// nobody else hears about it.
    /// </summary>
    public async Task<PlacementMove> ChangeJobCoachAsync(Placement placement, Guid formVersion, string coachUserId, string coachName, CancellationToken cancellationToken)
    {
        if (placement.Version != formVersion)
        {
            return PlacementMove.StaleForm;
        }

        if (placement.State is not (PlacementState.Confirmed or PlacementState.InProgress) || placement.StartsAtUtc is not { } start || placement.EndsAtUtc is not { } end)
        {
            return PlacementMove.Refused(null, $"This placement is {placement.State.Describe()}: its job coach can be changed only while it is confirmed or under way.");
        }

        var sequence = PlacementReminders.Sequence(placement);
        var note = new AuditNote($"Changed the placement's job coach to {coachName}", AuditTrail.Placement, placement.Id, null);
        var saved = await guarded.SaveAsync(placement, formVersion, note, async () =>
        {
            placement.JobCoachUserId = coachUserId;
            await reminders.ReplanAsync(placement, start, end, PlacementReminders.PlaceOf(placement), sequence, cancellationToken);
        }, cancellationToken);
        return saved ? PlacementMove.Success : PlacementMove.StaleForm;
    }

    /// <summary>
    /// Checked on every confirmation and every change of dates: insurance that runs out before a new end
    /// date leaves the placement as uncovered as insurance that has already run out.
    /// </summary>
    private async Task<string?> SafeguardingRefusalAsync(Placement placement, DateTime endsAtUtc, CancellationToken cancellationToken)
    {
        var opening = placement.Opening ?? await db.Openings.AsNoTracking().SingleAsync(o => o.Id == placement.OpeningId, cancellationToken);
        var lastDay = DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(endsAtUtc, TimeSpan.Zero)).DateTime);
        return await safeguarding.RefusalAsync(opening.EmployerId, opening.Kind, lastDay, cancellationToken);
    }

    public static PlacementArrangements Arrangements(Placement placement) => new(
        placement.StartsAtUtc is { } s ? new DateTimeOffset(s, TimeSpan.Zero) : null,
        placement.EndsAtUtc is { } e ? new DateTimeOffset(e, TimeSpan.Zero) : null,
        placement.SupervisorName,
        placement.JobCoachUserId,
        placement.TravelPlan);

    private async Task<PlacementMove> SaveAsync(Placement placement, Guid formVersion, PlacementTransition transition, Action<Placement> apply, Func<Task> afterApply, CancellationToken cancellationToken)
    {
        var system = transition.ActorRole == ActorRole.System;
        var note = new AuditNote(
            $"Moved the placement from {EnumLabels.For(transition.From).ToLowerInvariant()} to {EnumLabels.For(transition.To).ToLowerInvariant()}",
            AuditTrail.Placement,
            placement.Id,
            system ? "Done automatically by SendCareers" : null);
        var saved = await guarded.SaveAsync(placement, formVersion, note, async () =>
        {
            apply(placement);
            placement.State = transition.To;
            if (transition.To is PlacementState.Declined or PlacementState.Withdrawn or PlacementState.EndedEarly)
            {
                placement.EndReason = transition.Reason;
            }

            placement.Transitions.Add(new PlacementTransitionRecord
            {
                From = transition.From,
                To = transition.To,
                AtUtc = transition.At.UtcDateTime,
                ByUserId = system ? null : transition.ActorId,
                ByRole = transition.ActorRole,
                Reason = transition.Reason,
            });
            await afterApply();
        }, cancellationToken);
        if (saved && db.ChangeTracker.Entries<ScheduledMessage>().Any(e => e.Entity.Kind.StartsWith("notice-", StringComparison.Ordinal)))
        {
            scheduler.DispatchSoon(); // the notices are due now
        }

        return saved ? PlacementMove.Success : PlacementMove.StaleForm;
    }
}
