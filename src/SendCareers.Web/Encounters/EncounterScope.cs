using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Encounters;

/// <summary>
/// Which encounters a signed-in person may see. A job coach: their own school's or college's; a hub
/// administrator: all; an employer contact: those their own organisation hosts. Every encounter page
/// starts its query here.
/// </summary>
public sealed class EncounterScope(AppDbContext db)
{
    public IQueryable<Encounter> ForCoach(ClaimsPrincipal user)
    {
        if (user.IsHubAdmin())
        {
            return db.Encounters;
        }

        var schoolId = user.SchoolId();
        return schoolId is null ? db.Encounters.Where(_ => false) : db.Encounters.Where(e => e.SchoolId == schoolId);
    }

    public IQueryable<Encounter> ForEmployer(ClaimsPrincipal user)
    {
        var employerId = user.EmployerId();
        return employerId is null ? db.Encounters.Where(_ => false) : db.Encounters.Where(e => e.EmployerId == employerId);
    }
}
