namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// Errors stop a plan being saved; advice is shown but the job coach may go ahead, because real
/// internships bend around holidays and employers.
/// </summary>
public enum ProblemSeverity
{
    Error = 1,
    Advice,
}
