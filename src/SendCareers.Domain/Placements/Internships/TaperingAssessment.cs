namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// How support has moved, in words for the job coach, with a suggested plan for the weeks left.
/// The hours are averages over the first and latest few logged weeks, to smooth out a single busy week.
/// </summary>
public sealed record TaperingAssessment(
    TaperingStatus Status,
    string Explanation,
    decimal EarlyWeeklyHours,
    decimal RecentWeeklyHours,
    IReadOnlyList<SupportWeek> SuggestedPlan);
