using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Placements;

/// <summary>
/// Which placements a signed-in person may see. A job coach: those of young people at their own school
/// or college (through <see cref="Caseload"/>); a hub administrator: all; an employer contact: those for
/// their own organisation's openings. Every placement page starts its query here.
/// </summary>
public sealed class PlacementScope(AppDbContext db, Caseload caseload)
{
    public IQueryable<Placement> ForCoach() => caseload.Placements();

    /// <summary>
    /// Confirmed or running placements whose job coach has left: their account is deactivated, or they now
    /// work at another school than the young person's. Briefings and debriefs would miss them, and a young
    /// person whose family has no e-mail would hear nothing, until another coach takes the placement on.
    /// </summary>
    public IQueryable<Placement> WithCoachGone() => ForCoach()
        .Where(p => (p.State == SendCareers.Domain.Placements.PlacementState.Confirmed || p.State == SendCareers.Domain.Placements.PlacementState.InProgress)
            && p.JobCoachUserId != null
            && db.Users.Any(u => u.Id == p.JobCoachUserId && (u.DeactivatedAtUtc != null || u.SchoolId != p.YoungPerson!.SchoolId)));

    public IQueryable<Placement> ForEmployer(ClaimsPrincipal user)
    {
        var employerId = user.EmployerId();
        return employerId is null
            ? db.Placements.Where(_ => false)
            : db.Placements.Where(p => p.Opening!.EmployerId == employerId);
    }
}
