using SendCareers.Domain.Evidence;

namespace SendCareers.Web.Evidence;

/// <summary>A young person with their evidence and where it leaves them against Benchmarks 5 and 6.</summary>
public sealed record AssessedPerson(int Id, string Name, DateOnly DateOfBirth, int SchoolId, string School, GatsbyAssessment Assessment, IReadOnlyList<EvidenceItem> Evidence);
