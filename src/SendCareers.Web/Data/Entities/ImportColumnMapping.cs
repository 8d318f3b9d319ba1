namespace SendCareers.Web.Data.Entities;

/// <summary>Which header of a school's records export fills each field, remembered for its next import.</summary>
public class ImportColumnMapping
{
    public int SchoolId { get; set; }

    /// <summary>Field name to header, as JSON.</summary>
    public string MappingJson { get; set; } = "{}";

    public DateTime UpdatedAtUtc { get; set; }
}
