using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Openings;

/// <summary>
/// Which openings a signed-in person may change: an employer contact, their own organisation's; a job
/// coach or hub administrator, any approved employer's (they publish on employers' behalf).
/// </summary>
public sealed class OpeningScope(AppDbContext db, IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsEmployer => User.IsInRole(Roles.Employer) && !User.IsHubAdmin() && !User.IsInRole(Roles.JobCoach);

    public IQueryable<Opening> Openings()
    {
        if (IsEmployer)
        {
            var employerId = User.EmployerId();
            return employerId is null ? db.Openings.Where(_ => false) : db.Openings.Where(o => o.EmployerId == employerId);
        }

        return User.IsHubAdmin() || User.IsInRole(Roles.JobCoach) ? db.Openings : db.Openings.Where(_ => false);
    }

    /// <summary>Employers a coach or admin may publish for: approved ones, by name.</summary>
    public Task<List<Employer>> EmployersAsync(CancellationToken cancellationToken) =>
        db.Employers.AsNoTracking()
            .Where(e => e.Status == EmployerStatus.Approved)
            .OrderBy(e => e.OrganisationName)
            .ToListAsync(cancellationToken);
}
