namespace SendCareers.Web.Data.Entities;

/// <summary>
/// One line of a job coach's history of schools: they started at a school (joining by invitation) or a
/// hub administrator moved them from one school or college to another.
/// </summary>
public class SchoolMove
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>Null when this is where the coach started.</summary>
    public int? FromSchoolId { get; set; }

    public School? FromSchool { get; set; }

    public int ToSchoolId { get; set; }

    public School? ToSchool { get; set; }

    public DateTime MovedAtUtc { get; set; }

    public string? MovedByUserId { get; set; }
}
