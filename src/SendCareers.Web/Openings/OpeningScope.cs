using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Openings;

/// <summary>
/// Which openings a signed-in person may see and change: an employer contact, their own organisation's
/// (approved or not); a job coach, any approved employer's (openings are hub-wide: coaches publish on
/// employers' behalf, see <see cref="OpeningVisibility"/>); a hub administrator, all of them.
/// Also the rule for moving an opening to another employer (<see cref="EmployerChangeProblemAsync"/>).
/// </summary>
public sealed class OpeningScope(AppDbContext db, IHttpContextAccessor http, AuditTrail audit)
{
    public const string AuditSubject = "Opening";

    public const string OnlyAdminsMoveMessage = "Only a hub administrator can change the employer of an opening";

    public const string InUseMessage =
        "You cannot change the employer because young people have been proposed, placed or booked on this opening. Add a new opening for the other employer instead";

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsEmployer => User.IsInRole(Roles.Employer) && !User.IsHubAdmin() && !User.IsInRole(Roles.JobCoach);

    /// <summary>Whether the signed-in person may move an opening to another employer at all.</summary>
    public bool MayChangeEmployer => User.IsHubAdmin();

    public IQueryable<Opening> Openings()
    {
        if (IsEmployer)
        {
            var employerId = User.EmployerId();
            return employerId is null ? db.Openings.Where(_ => false) : db.Openings.Where(o => o.EmployerId == employerId);
        }

        if (User.IsHubAdmin())
        {
            return db.Openings;
        }

        return User.IsInRole(Roles.JobCoach) ? db.Openings.VisibleToCoaches() : db.Openings.Where(_ => false);
    }

    /// <summary>Employers a coach or admin may publish for: approved ones, by name.</summary>
    public Task<List<Employer>> EmployersAsync(CancellationToken cancellationToken) =>
        db.Employers.AsNoTracking()
            .Where(e => e.Status == EmployerStatus.Approved)
            .OrderBy(e => e.OrganisationName)
            .ToListAsync(cancellationToken);

    /// <summary>True when the signed-in employer contact's organisation is approved (always true for anyone else).</summary>
    public async Task<bool> OwnOrganisationApprovedAsync(CancellationToken cancellationToken)
    {
        if (!IsEmployer)
        {
            return true;
        }

        var employerId = User.EmployerId();
        return employerId is not null
            && await db.Employers.AnyAsync(e => e.Id == employerId && e.Status == EmployerStatus.Approved, cancellationToken);
    }

    /// <summary>
    /// Why <paramref name="opening"/> (already saved) may not move to <paramref name="newEmployerId"/>, or
    /// null when it may. Only a hub administrator may change an opening's employer, and never once a
    /// placement or an encounter has been made from it: the young people on it were agreed with the
    /// employer it had, and a new employer would see their details.
    /// </summary>
    public async Task<string?> EmployerChangeProblemAsync(Opening opening, int newEmployerId, CancellationToken cancellationToken)
    {
        if (opening.Id == 0 || opening.EmployerId == newEmployerId)
        {
            return null;
        }

        if (!MayChangeEmployer)
        {
            return OnlyAdminsMoveMessage;
        }

        var inUse = await db.Placements.AnyAsync(p => p.OpeningId == opening.Id, cancellationToken)
            || await db.Encounters.AnyAsync(e => e.OpeningId == opening.Id, cancellationToken);
        return inUse ? InUseMessage : null;
    }

    /// <summary>Adds the audit entry for a change of employer, saved with the change itself.</summary>
    public void RecordEmployerChange(int openingId, int fromEmployerId, int toEmployerId) =>
        audit.Add("Changed the employer of an opening", AuditSubject, openingId,
            string.Create(CultureInfo.InvariantCulture, $"Employer {fromEmployerId} to employer {toEmployerId}"));
}
