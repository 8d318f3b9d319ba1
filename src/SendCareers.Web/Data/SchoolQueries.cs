using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data;

/// <summary>Schools and colleges for pick lists: closed ones keep their history but are never offered.</summary>
public static class SchoolQueries
{
    /// <summary>The schools and colleges still open, for every pick list.</summary>
    public static IQueryable<School> OpenSchools(this AppDbContext db) => db.Schools.Where(s => s.ClosedAtUtc == null);

    /// <summary>The open ones, plus <paramref name="keepSchoolId"/> even if closed (a record already there keeps its choice).</summary>
    public static IQueryable<School> OpenSchoolsAnd(this AppDbContext db, int? keepSchoolId) =>
        db.Schools.Where(s => s.ClosedAtUtc == null || s.Id == keepSchoolId);
}
