namespace SendCareers.Domain.Matching;

/// <summary>The words a coach sees beside a score. A match with anything not met is never above <see cref="Some"/>.</summary>
public enum FitLevel
{
    Weak = 1,
    Some,
    Good,
    Strong,
}

public static class FitLevels
{
    /// <summary>Scores from which a match reads as a good fit (50) or a strong fit (75), before anything not met is counted.</summary>
    public const int GoodFrom = 50;

    public const int StrongFrom = 75;

    public const int SomeFrom = 25;

    /// <summary>The level a score earns; with <paramref name="anythingNotMet"/> it is capped at "some fit".</summary>
    public static FitLevel For(int score, bool anythingNotMet)
    {
        var level = score switch
        {
            >= StrongFrom => FitLevel.Strong,
            >= GoodFrom => FitLevel.Good,
            >= SomeFrom => FitLevel.Some,
            _ => FitLevel.Weak,
        };
        return anythingNotMet && level > FitLevel.Some ? FitLevel.Some : level;
    }

    public static string Words(this FitLevel level) => level switch
    {
        FitLevel.Strong => "strong fit",
        FitLevel.Good => "good fit",
        FitLevel.Some => "some fit",
        _ => "weak fit",
    };
}
