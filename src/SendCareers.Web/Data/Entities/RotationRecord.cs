namespace SendCareers.Web.Data.Entities;

/// <summary>One rotation of a supported internship (typically three of 10–12 weeks).</summary>
public class RotationRecord
{
    public int Id { get; set; }

    public int PlacementId { get; set; }

    public int Number { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }
}
