namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A yearly rollover a coach applied for a school or college: how many stayed, left and moved, for the
/// academic year it prepared. Who stayed, left or moved is on each young person's record and history.
/// </summary>
public class SchoolRollover
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The academic year prepared, named by its first calendar year (2027 for 2027/28).</summary>
    public int AcademicYear { get; set; }

    public int Stayed { get; set; }

    public int Left { get; set; }

    public int Moved { get; set; }

    public DateTime AppliedAtUtc { get; set; }

    public string? AppliedByUserId { get; set; }
}
