namespace SendCareers.Web.Data.Entities;

/// <summary>A special school or college in the hub. Job coaches belong to one and see only its young people.</summary>
public class School
{
    public int Id { get; set; }

    public int HubId { get; set; }

    public Hub? Hub { get; set; }

    public string Name { get; set; } = "";

    public SchoolKind Kind { get; set; }

    public string LocalAuthority { get; set; } = "";

    public string Postcode { get; set; } = "";

    public string OutwardCode { get; set; } = "";
}
