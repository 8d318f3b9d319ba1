namespace SendCareers.Domain.Placements.Internships;

/// <summary>The outcome of checking a rotation plan: acceptable when nothing is an error.</summary>
public sealed record RotationPlanReview(IReadOnlyList<RotationProblem> Problems)
{
    public bool IsAcceptable => Problems.All(p => p.Severity != ProblemSeverity.Error);

    public IEnumerable<RotationProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<RotationProblem> Advice => Problems.Where(p => p.Severity == ProblemSeverity.Advice);
}
