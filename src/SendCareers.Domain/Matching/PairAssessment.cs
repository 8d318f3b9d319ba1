namespace SendCareers.Domain.Matching;

/// <summary>The hard-constraint check of one pair, plus the facts its reasons quote.</summary>
internal readonly struct PairAssessment
{
    public required HardConstraint Exclusions { get; init; }

    /// <summary>NaN when either location is unknown.</summary>
    public required double DistanceKm { get; init; }

    /// <summary>Age on <see cref="AgeOnDay"/>, or -1 when not needed or no date of birth.</summary>
    public required int Age { get; init; }

    /// <summary>The day age limits are judged on: the start date, or today once the opening has started.</summary>
    public required int AgeOnDay { get; init; }

    public bool IsEligible => Exclusions == HardConstraint.None;
}
