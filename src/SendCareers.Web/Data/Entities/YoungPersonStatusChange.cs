namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A young person's EHCP or school or college changed, from <see cref="EffectiveFrom"/>: the NDTi table
/// counts each year by what was true then. A part that did not change is null. The "before" values are what
/// the change replaced; they are null in the row written when the young person was added.
/// </summary>
public class YoungPersonStatusChange
{
    public long Id { get; set; }

    public int YoungPersonId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public bool? HasEhcp { get; set; }

    public bool? HadEhcpBefore { get; set; }

    public int? SchoolId { get; set; }

    public int? PreviousSchoolId { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? RecordedByUserId { get; set; }

    public string RecordedByName { get; set; } = "";
}
