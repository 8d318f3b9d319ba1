using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// What the matching engine knows about one employer opening. Every field except <see cref="Id"/>
/// may be missing; a missing value never excludes an opening by itself.
/// </summary>
public sealed record MatchOpening
{
    /// <summary>Identifies the opening; ties in score are broken by this id, so ids should be unique.</summary>
    public required int Id { get; init; }

    public int EmployerId { get; init; }

    public string? EmployerName { get; init; }

    public OpeningKind Kind { get; init; }

    public string? Title { get; init; }

    public Sector? Sector { get; init; }

    public GeoPoint? Location { get; init; }

    /// <summary>Days it runs; <see cref="WeekDays.None"/> means not stated.</summary>
    public WeekDays Days { get; init; }

    public double? HoursPerWeek { get; init; }

    public DateOnly? Starts { get; init; }

    public DateOnly? Ends { get; init; }

    /// <summary>Places in total; null when the employer has not said (allocation then assumes one).</summary>
    public int? PlacesTotal { get; init; }

    public int PlacesTaken { get; init; }

    public SupportFeature SupportOffered { get; init; }

    /// <summary>Communication methods staff on site can use (Makaton, BSL, symbols…).</summary>
    public CommunicationMethod CommunicationSupported { get; init; }

    public EnvironmentFactor EnvironmentPresent { get; init; }

    /// <summary>Tasks the role involves, as free text ("feeding animals").</summary>
    public IReadOnlyList<string> Tasks { get; init; } = [];

    /// <summary>Skills the employer is looking for, as free text ("using a till").</summary>
    public IReadOnlyList<string> SkillsWanted { get; init; } = [];

    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    public bool EhcpRequired { get; init; }

    /// <summary>How many young people with SEND the employer has hosted before; null when unknown.</summary>
    public int? PreviousSendPlacements { get; init; }

    public DisabilityConfidentLevel? DisabilityConfident { get; init; }

    /// <summary>
    /// The employer's safeguarding checks that this kind of activity needs and that are missing, expired,
    /// or run out before it ends. Not a reason to leave the opening out: it is shown as "checks needed
    /// before this can be confirmed", a cross, so it is never called a good fit until they are recorded.
    /// </summary>
    public IReadOnlyList<Safeguarding.CheckProblem> ChecksNeeded { get; init; } = [];

    /// <summary>False for drafts, paused or closed openings.</summary>
    public bool IsOpen { get; init; } = true;

    /// <summary>Places still free, or null when the total is not stated (a negative total counts as not stated).</summary>
    public int? PlacesLeft => PlacesTotal is { } total and >= 0 ? Math.Max(0, total - Math.Max(0, PlacesTaken)) : null;
}
