namespace SendCareers.Web.Data.Entities;

/// <summary>Who looked at or changed special-category data, for accountability and subject access requests.</summary>
public class AuditEvent
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string? UserId { get; set; }

    public string Action { get; set; } = "";

    public string SubjectType { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string? Detail { get; set; }
}
