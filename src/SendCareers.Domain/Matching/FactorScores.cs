namespace SendCareers.Domain.Matching;

/// <summary>Each soft factor between 0 and 1 (0.5 when there is not enough information), and the 0–100 score.</summary>
internal readonly struct FactorScores
{
    public required double Interest { get; init; }

    public required double Skills { get; init; }

    public required double Support { get; init; }

    public required double Distance { get; init; }

    public required double Experience { get; init; }

    public required double Schedule { get; init; }

    public required double Variety { get; init; }

    public required int Score { get; init; }
}
