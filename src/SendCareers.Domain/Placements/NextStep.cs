namespace SendCareers.Domain.Placements;

/// <summary>
/// What a young person moves on to after a placement or encounter, as agreed at the debrief. A
/// continuum of outcomes with a presumption of paid work, so "paid job" sits beside the steps towards it.
/// </summary>
public enum NextStep
{
    AnotherPlacement = 1,
    SupportedInternship,
    Apprenticeship,
    PaidJob,
    FurtherEducation,
    NotYetDecided,
}
