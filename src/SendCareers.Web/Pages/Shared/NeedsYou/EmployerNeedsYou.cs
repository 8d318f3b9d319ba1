using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Placements;

namespace SendCareers.Web.Pages.Shared.NeedsYou;

/// <summary>
/// What waits for an employer contact, scoped like the pages it links to (their own organisation's
/// placements and encounters): proposals to answer, encounters booked with them to say they can host, and debriefs not yet written for placements that
/// have ended and encounters that were held.
/// </summary>
public sealed class EmployerNeedsYou(AppDbContext db, PlacementScope placements, EncounterScope encounters, TimeProvider time)
{
    public async Task<IReadOnlyList<NeedsYouItem>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var toAnswer = await encounters.ForEmployer(user)
            .CountAsync(e => e.State == EncounterState.Scheduled && e.StartsAtUtc > now && e.EmployerConfirmedAtUtc == null && e.EmployerCannotReason == null, cancellationToken);
        var proposals = await placements.ForEmployer(user).CountAsync(p => p.State == PlacementState.Proposed, cancellationToken);
        var placementDebriefs = await placements.ForEmployer(user)
            .Where(p => p.State == PlacementState.Completed || p.State == PlacementState.EndedEarly)
            .CountAsync(p => !db.Debriefs.Any(d => d.PlacementId == p.Id && d.Respondent == DebriefRespondent.Employer), cancellationToken);
        var encounterDebriefs = await encounters.ForEmployer(user)
            .Where(e => e.State == EncounterState.Held)
            .CountAsync(e => !db.Debriefs.Any(d => d.EncounterId == e.Id && d.Respondent == DebriefRespondent.Employer), cancellationToken);
        return NeedsYouItem.Waiting(
            new("proposals", proposals, "proposal to answer", "proposals to answer", "/my-organisation/placements"),
            new("encounters-to-answer", toAnswer, "encounter booked with you: can you host it?", "encounters booked with you: can you host them?", "/my-organisation/encounters"),
            new("placement-debriefs", placementDebriefs, "placement that has ended needs your debrief (use the link in our e-mail)", "placements that have ended need your debrief (use the links in our e-mails)", "/my-organisation/placements"),
            new("encounter-debriefs", encounterDebriefs, "encounter you hosted needs your debrief (use the link in our e-mail)", "encounters you hosted need your debrief (use the links in our e-mails)", "/my-organisation/encounters"));
    }
}
