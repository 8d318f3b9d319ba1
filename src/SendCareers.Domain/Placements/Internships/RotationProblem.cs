namespace SendCareers.Domain.Placements.Internships;

/// <summary>A problem with a rotation plan. RotationNumber counts from 1 as the form shows it; null means the plan as a whole.</summary>
public sealed record RotationProblem(int? RotationNumber, ProblemSeverity Severity, string Message)
{
    /// <summary>The field of rotation <see cref="RotationNumber"/> the problem is about, when there is one.</summary>
    public RotationField? Field { get; init; }
}
