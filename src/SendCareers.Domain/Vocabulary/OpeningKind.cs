namespace SendCareers.Domain.Vocabulary;

/// <summary>
/// The kind of an opening an employer publishes. Encounters (Gatsby Benchmark 5) are short and
/// group-based; the rest are experiences of workplaces (Benchmark 6) or routes into paid work.
/// Traineeships were withdrawn in 2024 and are deliberately absent.
/// </summary>
public enum OpeningKind
{
    EncounterTalk = 1,
    EncounterVisit,
    EncounterMockInterviews,
    WorkExperience,
    ExtendedPlacement,
    SupportedInternship,
    Apprenticeship,
    JobCarvedRole,
}

public static class OpeningKindExtensions
{
    public static bool IsEncounter(this OpeningKind kind) =>
        kind is OpeningKind.EncounterTalk or OpeningKind.EncounterVisit or OpeningKind.EncounterMockInterviews;

    /// <summary>Paid roles: employment means 16+ hours a week with a contract.</summary>
    public static bool IsPaidEmployment(this OpeningKind kind) =>
        kind is OpeningKind.Apprenticeship or OpeningKind.JobCarvedRole;
}
