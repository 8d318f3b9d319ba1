using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.YoungPeople;

/// <summary>
/// What a signed-in person may see of young people: a job coach, their own school's or college's; a hub
/// administrator, everyone's. Every query about young people starts here.
/// </summary>
public sealed class Caseload(AppDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public IQueryable<YoungPerson> YoungPeople()
    {
        var people = db.YoungPeople.Where(p => p.ErasedAtUtc == null);
        if (User.IsHubAdmin())
        {
            return people;
        }

        var schoolId = User.SchoolId();
        return schoolId is null ? people.Where(_ => false) : people.Where(p => p.SchoolId == schoolId);
    }

    /// <summary>
    /// Those still at school or college: everyone in <see cref="YoungPeople"/> but the leavers. Matching, group
    /// allocation and the caseload list start here.
    /// </summary>
    public IQueryable<YoungPerson> Current()
    {
        var today = UkTimeZone.Today(time);
        return YoungPeople().Where(p => p.LeftOn == null || p.LeftOn > today);
    }

    /// <summary>Those whose leaving date has come (<see cref="YearlyRollover.HasLeft"/>): kept for destination tracking.</summary>
    public IQueryable<YoungPerson> Leavers()
    {
        var today = UkTimeZone.Today(time);
        return YoungPeople().Where(p => p.LeftOn != null && p.LeftOn <= today);
    }

    public IQueryable<Placement> Placements()
    {
        var people = YoungPeople().Select(p => p.Id);
        return db.Placements.Where(p => people.Contains(p.YoungPersonId));
    }

    /// <summary>
    /// The open schools and colleges this person may add young people to, plus <paramref name="keepSchoolId"/>
    /// (the one a record being changed is at) even when it has closed.
    /// </summary>
    public async Task<List<School>> SchoolsAsync(CancellationToken cancellationToken, int? keepSchoolId = null)
    {
        var query = db.OpenSchoolsAnd(keepSchoolId).AsNoTracking();
        if (!User.IsHubAdmin())
        {
            var schoolId = User.SchoolId();
            query = query.Where(s => s.Id == schoolId);
        }

        return await query.OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The school or college a job coach belongs to; null for anyone else.</summary>
    public int? OwnSchoolId => User.IsHubAdmin() ? null : User.SchoolId();

    /// <summary>The name of the school or college a job coach belongs to; null for anyone else.</summary>
    public async Task<string?> OwnSchoolNameAsync(CancellationToken cancellationToken) =>
        User.SchoolId() is { } schoolId ? await SchoolName.For(db)(db, schoolId, cancellationToken) : null;

    // Compiled, and only the name: loading the whole row through a LINQ query was a fifth of the CPU
    // of the young people list.
    private static readonly PerModel<Func<AppDbContext, int, CancellationToken, Task<string?>>> SchoolName = new(() =>
        EF.CompileAsyncQuery((AppDbContext context, int schoolId, CancellationToken _) =>
            context.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).FirstOrDefault()));
}
