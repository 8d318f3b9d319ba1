namespace SendCareers.Domain.Vocabulary;

/// <summary>
/// Adjustments and support. A young person's profile says which of these work for them (needs);
/// an opening says which are offered on site. The same list on both sides makes matching explainable.
/// </summary>
[Flags]
public enum SupportFeature
{
    None = 0,
    NamedSupervisor = 1 << 0,
    JobCoachWelcome = 1 << 1,
    QuietSpace = 1 << 2,
    StepFreeAccess = 1 << 3,
    AccessibleToilet = 1 << 4,
    WrittenInstructions = 1 << 5,
    VisualInstructions = 1 << 6,
    RegularBreaks = 1 << 7,
    NamedBuddy = 1 << 8,
    FlexibleHours = 1 << 9,
    PreVisit = 1 << 10,
    AssistiveTechnology = 1 << 11,
}
