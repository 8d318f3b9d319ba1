namespace SendCareers.Domain.Safeguarding;

/// <summary>Checks an employer may need before an activity. Flags, so an activity's requirements fit in one value.</summary>
[Flags]
public enum SafeguardingCheck
{
    None = 0,

    /// <summary>A DBS check for the staff who supervise; the school decides whether it is relevant.</summary>
    Dbs = 1 << 0,

    EmployersLiabilityInsurance = 1 << 1,
    RiskAssessment = 1 << 2,
    HealthAndSafetyPolicy = 1 << 3,
}

public static class SafeguardingCheckExtensions
{
    public static IReadOnlyList<SafeguardingCheck> All { get; } =
        [SafeguardingCheck.Dbs, SafeguardingCheck.EmployersLiabilityInsurance, SafeguardingCheck.RiskAssessment, SafeguardingCheck.HealthAndSafetyPolicy];

    public static IEnumerable<SafeguardingCheck> Each(this SafeguardingCheck checks) => All.Where(c => (checks & c) != 0);

    /// <summary>For sentences: "employer's liability insurance".</summary>
    public static string Describe(this SafeguardingCheck check) => check switch
    {
        SafeguardingCheck.Dbs => "DBS check",
        SafeguardingCheck.EmployersLiabilityInsurance => "employer's liability insurance",
        SafeguardingCheck.RiskAssessment => "risk assessment",
        SafeguardingCheck.HealthAndSafetyPolicy => "health and safety policy",
        _ => check.ToString(),
    };

    /// <summary>For headings and table cells: "Employer's liability insurance".</summary>
    public static string Title(this SafeguardingCheck check) => check.Describe() is var d ? char.ToUpperInvariant(d[0]) + d[1..] : "";
}
