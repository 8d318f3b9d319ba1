namespace SendCareers.Domain.Placements.Internships;

/// <summary>The outcome of checking a rotation plan: acceptable when nothing is an error.</summary>
public sealed record RotationPlanReview(IReadOnlyList<RotationProblem> Problems)
{
    public bool IsAcceptable => Problems.All(p => p.Severity != ProblemSeverity.Error);

    public IEnumerable<RotationProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    public IEnumerable<RotationProblem> Advice => Problems.Where(p => p.Severity == ProblemSeverity.Advice);

    /// <summary>
    /// Errors about rotations that the plan before a change did not have: the ones the change caused.
    /// An error already there (say a rotation left outside the internship when its dates moved) does not
    /// stop the coach fixing the others one at a time.
    /// </summary>
    public IReadOnlyList<RotationProblem> ErrorsNotIn(RotationPlanReview before) =>
        Errors.Where(e => e.RotationNumber is not null && !before.Errors.Any(b => b.Message == e.Message)).ToList();
}
