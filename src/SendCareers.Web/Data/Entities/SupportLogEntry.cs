namespace SendCareers.Web.Data.Entities;

/// <summary>A week of job-coach support on a supported internship: direct hours taper as natural supports grow.</summary>
public class SupportLogEntry
{
    public int Id { get; set; }

    public int PlacementId { get; set; }

    public DateOnly WeekStarting { get; set; }

    public decimal DirectSupportHours { get; set; }

    public string? NaturalSupports { get; set; }

    public string? Notes { get; set; }

    public string? RecordedByUserId { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}
