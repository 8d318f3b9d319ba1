using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Evidence;

/// <summary>
/// One thing that counts for a young person's careers record: an attended encounter or a completed
/// placement. <see cref="Benchmark"/> is null for paid work, which Benchmark 6 leaves out.
/// </summary>
public sealed record EvidenceItem(
    EvidenceSource Source,
    long SourceId,
    DateOnly Date,
    GatsbyBenchmark? Benchmark,
    EvidenceSetting Setting,
    OpeningKind Kind,
    string Title,
    string Employer,
    Sector? Sector,
    decimal Hours);
