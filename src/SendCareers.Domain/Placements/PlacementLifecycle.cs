using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Placements;

/// <summary>
/// Decides whether a placement may move from one state to another, and by whom. It holds no state:
/// the web layer passes the current state and arrangements, stores the returned transition and the new
/// state together, and shows the problems otherwise.
/// <code>
/// Proposed ──accept──▶ Agreed ──confirm──▶ Confirmed ──start date──▶ InProgress ──end date──▶ Completed
///    │ decline            │                    │                        └──end early (reason)──▶ EndedEarly
///    ▼                    └───── withdraw ─────┴── (also from Proposed) ──▶ Withdrawn
/// Declined
/// </code>
/// </summary>
public static class PlacementLifecycle
{
    public const int ReasonMaxLength = 2000;

    private static readonly Move[] Moves =
    [
        new(PlacementState.Proposed, PlacementState.Agreed, [ActorRole.Employer, ActorRole.HubAdmin],
            "Only the employer or a hub administrator can accept a placement."),
        new(PlacementState.Proposed, PlacementState.Declined, [ActorRole.Employer, ActorRole.HubAdmin],
            "Only the employer or a hub administrator can decline a placement."),
        new(PlacementState.Agreed, PlacementState.Confirmed, [ActorRole.JobCoach, ActorRole.HubAdmin],
            "Only the job coach or a hub administrator can confirm a placement."),
        // The app starts and completes placements on their dates; an administrator can do it by hand
        // if the scheduled job was missed, but never early (see CheckTiming).
        new(PlacementState.Confirmed, PlacementState.InProgress, [ActorRole.System, ActorRole.HubAdmin],
            "A placement starts by itself on its start date. Only a hub administrator can start it by hand."),
        new(PlacementState.InProgress, PlacementState.Completed, [ActorRole.System, ActorRole.HubAdmin],
            "A placement is completed by itself on its end date. Only a hub administrator can complete it by hand."),
        new(PlacementState.InProgress, PlacementState.EndedEarly, [ActorRole.Employer, ActorRole.JobCoach, ActorRole.HubAdmin],
            "Only the employer, the job coach or a hub administrator can end a placement early."),
        .. new[] { PlacementState.Proposed, PlacementState.Agreed, PlacementState.Confirmed }.Select(from =>
            new Move(from, PlacementState.Withdrawn, [ActorRole.JobCoach, ActorRole.YoungPersonOrFamily, ActorRole.HubAdmin],
                "Only the job coach, the young person or their family, or a hub administrator can withdraw a placement. " +
                "An employer who can no longer host it should tell the hub.")),
    ];

    /// <summary>The moves this role could ask for from this state, before dates and arrangements are checked: for showing buttons.</summary>
    public static IReadOnlyList<PlacementState> MovesOpenTo(PlacementState from, ActorRole role) =>
        Moves.Where(m => m.From == from && m.Roles.Contains(role)).Select(m => m.To).ToList();

    /// <summary>
    /// Decides one move. <paramref name="at"/> is now (from the app's TimeProvider); it is recorded and
    /// checked against the start and end dates.
    /// </summary>
    public static TransitionDecision Decide(
        PlacementState from,
        PlacementState to,
        Actor actor,
        DateTimeOffset at,
        PlacementArrangements arrangements,
        string? reason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor.Id);

        var move = Moves.FirstOrDefault(m => m.From == from && m.To == to);
        if (move is null)
        {
            return TransitionDecision.Refuse(WhyIllegal(from, to));
        }

        if (!move.Roles.Contains(actor.Role))
        {
            return TransitionDecision.Refuse(move.RoleRefusal);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > ReasonMaxLength)
        {
            return TransitionDecision.Refuse($"The reason must be {ReasonMaxLength:N0} characters or fewer.");
        }

        if (to == PlacementState.Confirmed && arrangements.MissingForConfirmation() is { Count: > 0 } missing)
        {
            return TransitionDecision.RefuseMissing(missing);
        }

        if (CheckTiming(to, at, arrangements) is { } tooSoon)
        {
            return TransitionDecision.Refuse(tooSoon);
        }

        if (to == PlacementState.EndedEarly && reason is null)
        {
            return TransitionDecision.Refuse("Enter the reason the placement ended early");
        }

        return TransitionDecision.Accept(new PlacementTransition(from, to, actor.Role, actor.Id, at.ToUniversalTime(), reason));
    }

    private static string? CheckTiming(PlacementState to, DateTimeOffset at, PlacementArrangements arrangements) => to switch
    {
        PlacementState.InProgress when arrangements.StartsAt is not { } start =>
            "The placement has no start date. Add one before it starts.",
        PlacementState.InProgress when at < arrangements.StartsAt =>
            $"The placement cannot start before its start date, {UkTime.Format(arrangements.StartsAt.Value)}.",
        PlacementState.Completed when arrangements.EndsAt is not { } end =>
            "The placement has no end date. Add one before completing it.",
        PlacementState.Completed when at < arrangements.EndsAt =>
            $"The placement cannot be completed before its end date, {UkTime.Format(arrangements.EndsAt.Value)}. " +
            "If it has stopped, end it early and give the reason.",
        _ => null,
    };

    // Specific advice where a user could reasonably have tried the move; a general sentence otherwise.
    private static string WhyIllegal(PlacementState from, PlacementState to)
    {
        if (from == to)
        {
            return from switch
            {
                PlacementState.Proposed or PlacementState.InProgress => $"This placement is already {from.Describe()}.",
                PlacementState.EndedEarly => "This placement has already ended early.",
                _ => $"This placement has already been {from.Describe()}.",
            };
        }

        if (!from.IsFinal())
        {
            switch (to)
            {
                case PlacementState.Confirmed when from == PlacementState.Proposed:
                    return "The employer must accept the placement before it can be confirmed.";
                case PlacementState.InProgress when from < PlacementState.Confirmed:
                    return "A placement must be confirmed before it can start.";
                case PlacementState.Completed when from < PlacementState.InProgress:
                    return "A placement must be in progress before it can be completed.";
                case PlacementState.EndedEarly when from < PlacementState.InProgress:
                    return "A placement that has not started cannot end early. Withdraw it instead.";
                case PlacementState.Declined:
                    return $"The employer has already accepted this placement, so it cannot be declined. " +
                        (from == PlacementState.InProgress ? "End it early instead, giving a reason." : "Withdraw it instead.");
                case PlacementState.Withdrawn when from == PlacementState.InProgress:
                    return "A placement that has started cannot be withdrawn. End it early instead, giving a reason.";
                case var earlier when earlier < from:
                    // Only forward moves exist; this names the one going back.
                    return $"A placement that {StatePhrase(from)} cannot go back to {to.Describe()}.";
            }
        }

        return $"A placement that {StatePhrase(from)} cannot be {TargetVerb(to)}.";
    }

    private static string StatePhrase(PlacementState state) => state switch
    {
        PlacementState.Proposed => "is proposed",
        PlacementState.InProgress => "is in progress",
        PlacementState.EndedEarly => "has ended early",
        _ => $"has been {state.Describe()}",
    };

    private static string TargetVerb(PlacementState state) => state switch
    {
        PlacementState.Proposed => "proposed again",
        PlacementState.InProgress => "started",
        _ => state.Describe(),
    };

    private sealed record Move(PlacementState From, PlacementState To, ActorRole[] Roles, string RoleRefusal);
}
