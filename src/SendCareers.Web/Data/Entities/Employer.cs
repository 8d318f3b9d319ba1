using SendCareers.Domain.Vocabulary;

namespace SendCareers.Web.Data.Entities;

/// <summary>An organisation that gives an hour or more to the hub's young people.</summary>
public class Employer
{
    public int Id { get; set; }

    public string OrganisationName { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string? Phone { get; set; }

    public string Postcode { get; set; } = "";

    public string OutwardCode { get; set; } = "";

    /// <summary>False when the outward code is not in the centroid table: distances show as "unknown".</summary>
    public bool LocationKnown { get; set; }

    public List<Sector> Sectors { get; set; } = [];

    public OrganisationSize Size { get; set; }

    public List<OfferKind> Offers { get; set; } = [];

    public int HoursPledgedPerYear { get; set; }

    public WeekDays Days { get; set; }

    public TimeSlots Times { get; set; }

    /// <summary>How far staff will travel to schools, in miles; null means anywhere in the hub's area.</summary>
    public int? TravelMiles { get; set; }

    public WorkplaceAccess Access { get; set; }

    public DisabilityConfidentLevel DisabilityConfident { get; set; }

    public bool ListPublicly { get; set; }

    public bool ConsentToContact { get; set; }

    public EmployerStatus Status { get; set; }

    public string? DeclineReason { get; set; }

    public bool IsCornerstone { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? VerifiedAtUtc { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DecidedByUserId { get; set; }

    public List<CornerstonePledge> Pledges { get; set; } = [];
}
