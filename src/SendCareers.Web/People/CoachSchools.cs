using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.People;

/// <summary>
/// Which school or college a job coach works for, and the history of where they have been. Moving a coach
/// ends their sessions: the school is in their sign-in cookie and scopes everything they see, so they sign
/// in again and see their new school's young people only. The young people stay with their school.
/// </summary>
public sealed class CoachSchools(AppDbContext db, AppUserManager users, AuditTrail audit, TimeProvider time, IHttpContextAccessor http)
{
    public sealed record Line(DateTime AtUtc, string? From, string To);

    public Task<List<Line>> HistoryAsync(string userId, CancellationToken cancellationToken) =>
        db.SchoolMoves.AsNoTracking().Where(m => m.UserId == userId)
            .OrderByDescending(m => m.MovedAtUtc).ThenByDescending(m => m.Id)
            .Select(m => new Line(m.MovedAtUtc, m.FromSchool != null ? m.FromSchool.Name : null, m.ToSchool!.Name))
            .ToListAsync(cancellationToken);

    /// <summary>Moves the coach; false when they are already there.</summary>
    public async Task<bool> MoveAsync(AppUser coach, School to, CancellationToken cancellationToken)
    {
        if (coach.SchoolId == to.Id)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SchoolMoves.Add(new SchoolMove { UserId = coach.Id, FromSchoolId = coach.SchoolId, ToSchoolId = to.Id, MovedAtUtc = now, MovedByUserId = http.HttpContext?.User.UserId() });
        audit.Add("Moved a job coach to another school", AuditTrail.Account, coach.Id, to.Name);
        coach.SchoolId = to.Id;
        var result = await users.EndAllSessionsAsync(coach);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not save the account: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
