using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;

namespace SendCareers.Web.Placements;

/// <summary>
/// Starts confirmed placements on their start date and completes them on their end date, as the app
/// itself (the history shows "System"). Run by a recurring Hangfire job; the arguments are none.
/// </summary>
public sealed class PlacementClock(AppDbContext db, PlacementWorkflow workflow, TimeProvider time, ILogger<PlacementClock> logger)
{
    [Hangfire.AutomaticRetry(Attempts = 0)]
    public async Task<int> AdvanceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var ids = await db.Placements
            .Where(p => (p.State == PlacementState.Confirmed && p.StartsAtUtc <= now)
                || (p.State == PlacementState.InProgress && p.EndsAtUtc <= now))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var id in ids)
        {
            // Confirmed placements whose end has also passed go through both steps.
            for (var step = 0; step < 2; step++)
            {
                db.ChangeTracker.Clear();
                var placement = await db.Placements.WithDetails().SingleAsync(p => p.Id == id, cancellationToken);
                var to = placement.State switch
                {
                    PlacementState.Confirmed => PlacementState.InProgress,
                    PlacementState.InProgress => PlacementState.Completed,
                    _ => (PlacementState?)null,
                };
                if (to is null)
                {
                    break;
                }

                var result = await workflow.MoveAsync(placement, placement.Version, to.Value, Actor.System, null, cancellationToken);
                if (!result.Done)
                {
                    // Not yet due (the end is still ahead) or someone changed it meanwhile: the next run looks again.
                    logger.LogDebug("Placement {PlacementId} not moved to {State}: {Problems}", id, to, string.Join("; ", result.Problems.Select(p => p.Message)));
                    break;
                }

                moved++;
            }
        }

        return moved;
    }
}
