using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.Matching;

/// <summary>
/// A coach proposes a young person for an opening: a placement in the "proposed" state, with the match's
/// score and reasons kept as they were shown, and the coach's reason when they overrode the ranking.
/// </summary>
public sealed class Proposals(AppDbContext db, TimeProvider time, Notices notices, MessageScheduler scheduler)
{
    public const int MaxReasonLength = 1000;

    /// <summary>Creates the placement unless one for the same pair is already active; returns its id.</summary>
    public async Task<int> ProposeAsync(int youngPersonId, int openingId, int? score, IEnumerable<string> reasons, string? overrideReason, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var existing = await db.Placements
            .Where(p => p.YoungPersonId == youngPersonId && p.OpeningId == openingId && MatchingData.Holding.Contains(p.State))
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var placement = new Placement
        {
            YoungPersonId = youngPersonId,
            OpeningId = openingId,
            State = PlacementState.Proposed,
            MatchScore = score,
            MatchReasons = string.Join('\n', reasons),
            OverrideReason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim(),
            ProposedAtUtc = now,
            ProposedByUserId = user.UserId(),
            JobCoachUserId = user.IsInRole(Roles.JobCoach) ? user.UserId() : null,
            Version = Guid.NewGuid(),
        };
        placement.Transitions.Add(new PlacementTransitionRecord
        {
            From = PlacementState.Proposed,
            To = PlacementState.Proposed,
            AtUtc = now,
            ByUserId = user.UserId(),
            ByRole = user.IsHubAdmin() ? ActorRole.HubAdmin : ActorRole.JobCoach,
            Reason = placement.OverrideReason is null ? "Proposed from the ranked matches" : $"Proposed over the ranking: {placement.OverrideReason}",
        });
        // The placement and the e-mail telling the employer about it are saved together, or neither is.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Placements.Add(placement);
            await db.SaveChangesAsync(cancellationToken);
            await notices.ToEmployerAsync(Notices.ProposalWaiting, placement, cancellationToken);
            await notices.ConfirmationMissingAsync(placement, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        scheduler.DispatchSoon();
        return placement.Id;
    }
}
