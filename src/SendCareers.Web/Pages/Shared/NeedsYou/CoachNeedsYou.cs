using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Retention;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Placements;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Shared.NeedsYou;

/// <summary>
/// What waits for a job coach, scoped like the pages it links to (their own school's or college's
/// caseload; everything for a hub administrator): placements the employer accepted that need
/// confirming, declines with no new proposal since, debriefs not yet written, destination checks due,
/// leavers with no destination on leaving, the new school year's rollover from June to September until done,
/// and young people still at school with nothing recorded about what they like or want.
/// </summary>
/// <param name="encounters">The coach's encounters, from <see cref="Encounters.EncounterScope.ForCoach"/>.</param>
public sealed class CoachNeedsYou(AppDbContext db, PlacementScope placements, IQueryable<Encounter> encounters, Caseload caseload, TimeProvider time)
{
    /// <summary>Declines older than this are no longer counted as waiting.</summary>
    public static readonly TimeSpan DeclineWindow = TimeSpan.FromDays(60);

    public async Task<IReadOnlyList<NeedsYouItem>> ForAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - DeclineWindow;
        var toConfirm = await placements.ForCoach().CountAsync(p => p.State == PlacementState.Agreed, cancellationToken);
        var declines = await placements.ForCoach()
            .Where(p => p.State == PlacementState.Declined && p.Transitions.Any(t => t.To == PlacementState.Declined && t.AtUtc >= since))
            .CountAsync(p => !db.Placements.Any(o => o.YoungPersonId == p.YoungPersonId && o.Id != p.Id && o.ProposedAtUtc > p.ProposedAtUtc), cancellationToken);
        var debriefs = await placements.ForCoach()
            .Where(p => p.State == PlacementState.Completed || p.State == PlacementState.EndedEarly)
            .CountAsync(p => !db.Debriefs.Any(d => d.PlacementId == p.Id && d.Respondent == DebriefRespondent.JobCoach), cancellationToken);

        // Counted as on the evidence page's "Where leavers are now".
        var today = UkTimeZone.Today(time);
        var leavers = await (from d in db.Destinations.AsNoTracking()
                             join p in caseload.YoungPeople().AsNoTracking() on d.YoungPersonId equals p.Id
                             select new { d.YoungPersonId, d.LeftOn, d.CheckpointOn }).ToListAsync(cancellationToken);
        var checks = leavers.GroupBy(d => d.YoungPersonId)
            .Count(g => DestinationCheckpoints.NextDue(g.Select(d => new LeaverCheckpoint(d.LeftOn, d.CheckpointOn)).ToList()) is { } due
                && due <= today.AddDays(DestinationCheckpoints.EarlyDays));

        var onLeaving = await caseload.Leavers().CountAsync(p => !db.Destinations.Any(d => d.YoungPersonId == p.Id), cancellationToken);
        var rollover = 0;
        if (caseload.OwnSchoolId is { } schoolId && today.Month is >= YearlyRollover.PreparedFromMonth and <= YearlyRollover.WaitingUntilMonth)
        {
            var years = await db.SchoolRollovers.Where(r => r.SchoolId == schoolId).Select(r => r.AcademicYear).ToListAsync(cancellationToken);
            rollover = YearlyRollover.IsWaiting(today, years) && await caseload.Current().AnyAsync(cancellationToken) ? 1 : 0;
        }

        // Counted in the database (json_array_length on SQLite, cardinality on PostgreSQL): a region's
        // caseload is never read into memory to count empty profiles.
        var profiles = await caseload.Current().CountAsync(y => y.Interests.Count == 0 && y.WantsToTry.Count == 0
            && string.IsNullOrWhiteSpace(y.TaskInterests)
            && string.IsNullOrWhiteSpace(y.Strengths)
            && string.IsNullOrWhiteSpace(y.Aspirations), cancellationToken);

        var coachGone = await placements.WithCoachGone().CountAsync(cancellationToken);
        var cannotHost = await encounters.CountAsync(e => e.State == EncounterState.Scheduled && e.StartsAtUtc > now && e.EmployerCannotReason != null, cancellationToken);
        return NeedsYouItem.Waiting(
            new("coach-gone", coachGone, "placement's job coach has left: choose another", "placements' job coaches have left: choose others", "/coach/placements#coach-gone"),
            new("encounters-cannot", cannotHost, "encounter the employer cannot host: change the date or cancel it", "encounters their employers cannot host: change the dates or cancel them", "/coach/encounters"),
            new("to-confirm", toConfirm, "placement accepted by the employer to confirm", "placements accepted by employers to confirm", "/coach/placements#agreed"),
            new("declines", declines, "placement declined by the employer: find another opening", "placements declined by employers: find other openings", "/coach/placements#declined"),
            new("debriefs", debriefs, "placement that has ended has no debrief from you", "placements that have ended have no debrief from you", "/coach/placements#completed"),
            new("destination-checks", checks, "leaver's destination check is due", "leavers' destination checks are due", "/coach/evidence#destination-checks"),
            new("destinations-on-leaving", onLeaving, "leaver has no destination on leaving recorded", "leavers have no destination on leaving recorded", "/coach/evidence#destination-checks"),
            new("rollover", rollover, "new school year to prepare: who stays, leaves or moves", "new school years to prepare", "/coach/rollover"),
            new("profiles", profiles, "young person has no interests, strengths or hopes recorded", "young people have no interests, strengths or hopes recorded", "/coach/young-people"));
    }
}
