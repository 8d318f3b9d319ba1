using SendCareers.Domain.Ndti;

namespace SendCareers.Web.Data.Entities;

/// <summary>
/// What a leaver was doing at a checkpoint. Destinations are tracked for at least three years after
/// leaving (Gatsby Benchmark 3), so one young person has a row per checkpoint.
/// </summary>
public class Destination
{
    public int Id { get; set; }

    public int YoungPersonId { get; set; }

    public DateOnly LeftOn { get; set; }

    public DateOnly CheckpointOn { get; set; }

    public DestinationKind Kind { get; set; }

    /// <summary>Paid hours a week, for paid work only.</summary>
    public decimal? PaidHoursPerWeek { get; set; }

    public string? Notes { get; set; }

    /// <summary>How the family feels it is going, in their words: NDTi statement 12 asks for family feedback.</summary>
    public string? FamilyFeedback { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? RecordedByUserId { get; set; }
}
