namespace SendCareers.Web.Data.Entities;

/// <summary>One field of a profile changed: who, when, from what to what.</summary>
public class ProfileChange
{
    public long Id { get; set; }

    public int YoungPersonId { get; set; }

    public DateTime AtUtc { get; set; }

    public string? ByUserId { get; set; }

    public string ByName { get; set; } = "";

    public string Field { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }
}
