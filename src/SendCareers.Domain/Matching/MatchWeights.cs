namespace SendCareers.Domain.Matching;

/// <summary>
/// How much each soft factor counts. Each factor scores between 0 and 1 for a pair; the match score
/// is the weighted mean of the factors, times 100, rounded. Only the ratios between weights matter;
/// the defaults add up to 100 so each reads as "points out of 100". Negative or non-finite weights
/// count as zero; if every weight is zero, every score is zero.
/// </summary>
public sealed record MatchWeights
{
    /// <summary>
    /// Interests first: a placement the young person wants to go to is the one that works. Support
    /// next, because unmet needs are the commonest reason placements break down. Distance and the
    /// schedule are practical; employer experience and skills help; variety is a small nudge.
    /// </summary>
    public static MatchWeights Default { get; } = new();

    /// <summary>Sector interest, sector they want to try, and tasks they enjoy. Default 30.</summary>
    public double Interest { get; init; } = 30;

    /// <summary>Share of the opening's skills wanted that the young person has. Default 10.</summary>
    public double Skills { get; init; } = 10;

    /// <summary>Share of support needs (and communication methods) the opening offers. Default 20.</summary>
    public double Support { get; init; } = 20;

    /// <summary>Closer is better, in proportion to the young person's travel range. Default 15.</summary>
    public double Distance { get; init; } = 15;

    /// <summary>Previous SEND placements and Disability Confident level. Default 10.</summary>
    public double EmployerExperience { get; init; } = 10;

    /// <summary>Hours within the young person's maximum and days they are available. Default 10.</summary>
    public double Schedule { get; init; } = 10;

    /// <summary>A sector new to the young person, never a stereotyped one they have not asked for. Default 5.</summary>
    public double Variety { get; init; } = 5;
}
