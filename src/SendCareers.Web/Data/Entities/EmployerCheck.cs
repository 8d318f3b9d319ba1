using SendCareers.Domain.Safeguarding;

namespace SendCareers.Web.Data.Entities;

/// <summary>
/// An employer's current evidence for one safeguarding check (its insurance certificate, risk assessment...).
/// One row per employer and check: a renewal updates the expiry date, and the reminder follows it.
/// </summary>
public class EmployerCheck
{
    public int Id { get; set; }

    public int EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public SafeguardingCheck Check { get; set; }

    /// <summary>A policy or certificate number, or where the document is kept.</summary>
    public string? Reference { get; set; }

    public DateOnly ExpiresOn { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? RecordedByUserId { get; set; }
}
