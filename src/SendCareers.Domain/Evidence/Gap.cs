namespace SendCareers.Domain.Evidence;

/// <summary>A gap in a young person's careers record, in words they and their family can read.</summary>
public sealed record Gap(GapKind Kind, string PlainWords);
