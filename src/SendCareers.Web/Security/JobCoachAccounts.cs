using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

public static class JobCoachAccounts
{
    /// <summary>The accounts in the job coach role, as a query to build on.</summary>
    public static IQueryable<AppUser> JobCoaches(this AppDbContext db) =>
        db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.JobCoach)));

    /// <summary>Job coaches who can still sign in: a deactivated account has left and supports nobody.</summary>
    public static IQueryable<AppUser> ActiveJobCoaches(this AppDbContext db) =>
        db.JobCoaches().Where(u => u.DeactivatedAtUtc == null);
}
