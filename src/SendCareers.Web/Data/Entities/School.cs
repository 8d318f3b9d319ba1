namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A school or college in the hub. Job coaches belong to one and see only its young people. A closed one
/// keeps its history (young people, coaches, reports) but is offered in no pick list.
/// </summary>
public class School : IVersioned
{
    public int Id { get; set; }

    public int HubId { get; set; }

    public Hub? Hub { get; set; }

    public string Name { get; set; } = "";

    public SchoolKind Kind { get; set; }

    public string LocalAuthority { get; set; } = "";

    public string Postcode { get; set; } = "";

    public string OutwardCode { get; set; } = "";

    /// <summary>Unique Reference Number from Get Information about Schools: 6 digits.</summary>
    public string? Urn { get; set; }

    /// <summary>UK Provider Reference Number (colleges and training providers): 8 digits starting with 1.</summary>
    public string? Ukprn { get; set; }

    public string? CareersLeaderName { get; set; }

    public string? CareersLeaderEmail { get; set; }

    /// <summary>When it was closed; null while open. Closed ones drop out of every pick list.</summary>
    public DateTime? ClosedAtUtc { get; set; }

    public bool IsOpen => ClosedAtUtc is null;

    public Guid Version { get; set; }
}
