using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Safeguarding;

/// <summary>
/// What each kind of activity needs until the hub sets its own. A supervised talk or mock interviews in
/// school need nothing from the employer; anything at the workplace needs insurance, a risk assessment
/// and a health and safety policy; a long placement with regular contact adds a DBS check.
/// </summary>
public static class ActivityRequirements
{
    private const SafeguardingCheck AtTheWorkplace =
        SafeguardingCheck.EmployersLiabilityInsurance | SafeguardingCheck.RiskAssessment | SafeguardingCheck.HealthAndSafetyPolicy;

    public static SafeguardingCheck DefaultFor(OpeningKind activity) => activity switch
    {
        OpeningKind.EncounterTalk or OpeningKind.EncounterMockInterviews => SafeguardingCheck.None,
        OpeningKind.ExtendedPlacement => AtTheWorkplace | SafeguardingCheck.Dbs,
        _ => AtTheWorkplace,
    };
}
