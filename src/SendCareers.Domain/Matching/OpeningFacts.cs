using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// One opening reduced to what the hot loop compares: masks, day numbers, radians and tag ids, with
/// sentinels instead of nullable values (NaN for unknown numbers, -1 for unknown counts).
/// Built once per catalogue so ranking 10,000 openings allocates nothing per opening.
/// </summary>
internal readonly struct OpeningFacts
{
    public required int Id { get; init; }

    public required ulong SectorBit { get; init; }

    public required bool HasLocation { get; init; }

    public required double LatitudeRadians { get; init; }

    public required double LongitudeRadians { get; init; }

    public required double CosLatitude { get; init; }

    public required WeekDays Days { get; init; }

    /// <summary>NaN when not stated.</summary>
    public required double HoursPerWeek { get; init; }

    /// <summary><see cref="DateOnly.DayNumber"/> of the start, or <see cref="int.MinValue"/> when not stated.</summary>
    public required int StartDay { get; init; }

    /// <summary><see cref="DateOnly.DayNumber"/> of the end, or <see cref="int.MaxValue"/> when not stated.</summary>
    public required int EndDay { get; init; }

    /// <summary>-1 when the number of places is not stated.</summary>
    public required int PlacesLeft { get; init; }

    public required SupportFeature Support { get; init; }

    public required CommunicationMethod Communication { get; init; }

    public required EnvironmentFactor Environment { get; init; }

    /// <summary>-1 when there is no minimum.</summary>
    public required int MinimumAge { get; init; }

    /// <summary>-1 when there is no maximum.</summary>
    public required int MaximumAge { get; init; }

    public required bool IsOpen { get; init; }

    public required bool EhcpRequired { get; init; }

    public required bool IsSupportedInternship { get; init; }

    /// <summary>The employer-experience factor (0–1), or NaN when nothing is known.</summary>
    public required double Experience { get; init; }

    public required int[] SkillTags { get; init; }

    public required int[] TaskTags { get; init; }

    public bool HasAgeRule => MinimumAge >= 0 || MaximumAge >= 0 || IsSupportedInternship;
}
