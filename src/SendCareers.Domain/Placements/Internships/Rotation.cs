namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// One block of a supported internship in one department or job, e.g. "Catering", first to last day inclusive.
/// Interns usually do three, so they try different work before choosing where to aim for a job.
/// </summary>
public sealed record Rotation(string Name, DateOnly Starts, DateOnly Ends)
{
    /// <summary>Calendar days from first to last day, both counted.</summary>
    public int Days => Ends.DayNumber - Starts.DayNumber + 1;
}
