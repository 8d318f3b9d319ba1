using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Web.Data.Entities;

/// <summary>The checks the hub wants before one kind of activity. No row means the domain's default applies.</summary>
public class SafeguardingRequirement
{
    public int Id { get; set; }

    public OpeningKind Activity { get; set; }

    public SafeguardingCheck Checks { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedByUserId { get; set; }
}
