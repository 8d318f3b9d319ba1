using SendCareers.Domain.Placements;

namespace SendCareers.Web.Data.Entities;

/// <summary>Who moved a placement from one state to another, when and why.</summary>
public class PlacementTransitionRecord
{
    public long Id { get; set; }

    public int PlacementId { get; set; }

    public PlacementState From { get; set; }

    public PlacementState To { get; set; }

    public DateTime AtUtc { get; set; }

    public string? ByUserId { get; set; }

    public ActorRole ByRole { get; set; }

    public string? Reason { get; set; }
}
