namespace SendCareers.Domain.Matching;

/// <summary>
/// What a result needs to write its reasons later: the young person, the catalogue, the day and the
/// weights. Shared by every result of one call so a result costs one small object, not a list of strings.
/// </summary>
internal sealed class PairContext(CandidateProfile person, OpeningCatalogue catalogue, int today, ScoringWeights weights)
{
    public CandidateProfile Person { get; } = person;

    public OpeningCatalogue Catalogue { get; } = catalogue;

    public int Today { get; } = today;

    public ScoringWeights Weights { get; } = weights;

    public PairAssessment Assess(int index) => PairScorer.Assess(Person, Catalogue.Facts[index], Today);

    public FactorScores Score(int index, double distanceKm) => PairScorer.Score(Person, Catalogue.Facts[index], distanceKm, Weights);
}
