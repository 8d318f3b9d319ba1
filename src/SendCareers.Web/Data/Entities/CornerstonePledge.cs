namespace SendCareers.Web.Data.Entities;

/// <summary>A cornerstone employer's commitment to the hub for one academic year.</summary>
public class CornerstonePledge
{
    public int Id { get; set; }

    public int EmployerId { get; set; }

    public Employer? Employer { get; set; }

    /// <summary>The calendar year the academic year starts in: 2026 for 2026/27.</summary>
    public int AcademicYearStart { get; set; }

    public int HoursPledged { get; set; }

    /// <summary>What the employer commits to, in its own words (e.g. "two supported interns and a careers fair").</summary>
    public string Commitment { get; set; } = "";
}
