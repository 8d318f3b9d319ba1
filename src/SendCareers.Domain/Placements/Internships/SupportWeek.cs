namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// Hours of direct job-coach support in one week, as logged by the coach (or as planned, in a taper plan).
/// Direct means alongside the intern; time spent with the employer's staff does not count.
/// </summary>
public sealed record SupportWeek(DateOnly WeekStarting, decimal DirectHours);
