using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// What the matching engine knows about one young person: a snapshot of their vocational profile.
/// Every field except <see cref="Id"/> may be missing; the engine then says it has not enough
/// information rather than guessing or throwing.
/// </summary>
public sealed record MatchCandidate
{
    /// <summary>Identifies the young person; ids are expected to be unique within one call.</summary>
    public required int Id { get; init; }

    /// <summary>The name reasons use ("Sam's 5 km range"); reasons say "this young person" without it.</summary>
    public string? PreferredName { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public int? SchoolId { get; init; }

    /// <summary>Has an Education, Health and Care Plan. Supported internships and some openings require one.</summary>
    public bool HasEhcp { get; init; }

    public CareerSendGroup? SendGroup { get; init; }

    /// <summary>Home outward code ("LS1"), kept for display; distances use <see cref="Home"/>.</summary>
    public string? HomeOutwardCode { get; init; }

    /// <summary>Where journeys start, usually the centroid of the home outward code.</summary>
    public GeoPoint? Home { get; init; }

    /// <summary>Sectors the young person says they are interested in.</summary>
    public IReadOnlyList<Sector> Interests { get; init; } = [];

    /// <summary>Tasks they enjoy, as free text ("feeding animals"); matched to an opening's tasks by whole phrase.</summary>
    public IReadOnlyList<string> TaskInterests { get; init; } = [];

    /// <summary>Skills they have, as free text; matched to an opening's skills wanted by whole phrase.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Sectors they would like to try without yet calling them an interest.</summary>
    public IReadOnlyList<Sector> WantsToTry { get; init; } = [];

    /// <summary>Sectors they do not want to be offered (a hard constraint).</summary>
    public IReadOnlyList<Sector> AvoidSectors { get; init; } = [];

    /// <summary>Sectors they have already had an encounter or placement in (the variety rule uses this).</summary>
    public IReadOnlyList<Sector> PreviousSectors { get; init; } = [];

    /// <summary>Adjustments that work for them.</summary>
    public SupportFeature SupportNeeds { get; init; }

    /// <summary>Conditions they must avoid (a hard constraint).</summary>
    public EnvironmentFactor EnvironmentToAvoid { get; init; }

    /// <summary>How they communicate. Methods other than speech and writing count as a support need.</summary>
    public CommunicationMethod Communication { get; init; }

    public TravelIndependence? Travel { get; init; }

    /// <summary>Furthest they can travel, in straight-line kilometres.</summary>
    public double? MaxTravelKm { get; init; }

    /// <summary>Longest journey they can manage, in minutes; converted to a distance at an assumed speed.</summary>
    public int? MaxTravelMinutes { get; init; }

    /// <summary>Days they are available; <see cref="WeekDays.None"/> means not recorded.</summary>
    public WeekDays AvailableDays { get; init; }

    public double? MaxHoursPerWeek { get; init; }
}
