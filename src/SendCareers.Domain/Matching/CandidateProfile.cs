using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// One young person reduced to what the hot loop compares, resolved against one catalogue's tag
/// vocabulary. NaN stands for an unknown number.
/// </summary>
internal sealed class CandidateProfile
{
    /// <summary>
    /// Door-to-door speed assumed to turn a journey-time limit into a straight-line distance: 20 km/h
    /// is a bus or a lift through town with waiting and walking, so 30 minutes reaches about 10 km.
    /// </summary>
    public const double AssumedKilometresPerHour = 20;

    /// <summary>Communication methods that need the workplace to take part; speech and writing do not.</summary>
    public const CommunicationMethod SupportedMethods =
        CommunicationMethod.Makaton | CommunicationMethod.Bsl | CommunicationMethod.Symbols | CommunicationMethod.Aac;

    private CandidateProfile(MatchCandidate source) => Source = source;

    public MatchCandidate Source { get; }

    public string Name { get; private init; } = "";

    public string Possessive { get; private init; } = "";

    public ulong InterestBits { get; private init; }

    public ulong WantBits { get; private init; }

    public ulong AvoidBits { get; private init; }

    public ulong PreviousBits { get; private init; }

    public bool HasInterestInformation { get; private init; }

    public bool HasSkills { get; private init; }

    public SupportFeature Needs { get; private init; }

    public CommunicationMethod CommunicationNeeds { get; private init; }

    public int NeedCount { get; private init; }

    public EnvironmentFactor EnvironmentToAvoid { get; private init; }

    public bool HasHome { get; private init; }

    public double LatitudeRadians { get; private init; }

    public double LongitudeRadians { get; private init; }

    public double CosLatitude { get; private init; }

    /// <summary>The tighter of the kilometre and journey-time limits, in km; NaN when neither is recorded.</summary>
    public double RangeKm { get; private init; }

    public WeekDays Days { get; private init; }

    public double MaxHours { get; private init; }

    public DateOnly? DateOfBirth { get; private init; }

    public int[] SkillTags { get; private init; } = [];

    public int[] TaskTags { get; private init; } = [];

    public static CandidateProfile Create(MatchCandidate candidate, TagVocabulary tags)
    {
        var name = string.IsNullOrWhiteSpace(candidate.PreferredName) ? null : candidate.PreferredName.Trim();
        var home = candidate.Home is { } point && OpeningCatalogue.IsUsable(point.Latitude, point.Longitude) ? point : (Places.GeoPoint?)null;
        var latitude = home is { } h ? Geo.Radians(h.Latitude) : 0;
        var communicationNeeds = candidate.Communication & SupportedMethods;
        var interestBits = SectorBits.Of(candidate.Interests);
        var wantBits = SectorBits.Of(candidate.WantsToTry);
        return new CandidateProfile(candidate)
        {
            Name = name ?? "this young person",
            Possessive = name is null ? "their" : name + "'s",
            InterestBits = interestBits,
            WantBits = wantBits,
            AvoidBits = SectorBits.Of(candidate.AvoidSectors),
            PreviousBits = SectorBits.Of(candidate.PreviousSectors),
            HasInterestInformation = interestBits != 0 || wantBits != 0 || TagVocabulary.HasAny(candidate.TaskInterests),
            HasSkills = TagVocabulary.HasAny(candidate.Skills),
            Needs = candidate.SupportNeeds,
            CommunicationNeeds = communicationNeeds,
            NeedCount = System.Numerics.BitOperations.PopCount((uint)candidate.SupportNeeds)
                + System.Numerics.BitOperations.PopCount((uint)communicationNeeds),
            EnvironmentToAvoid = candidate.EnvironmentToAvoid,
            HasHome = home is not null,
            LatitudeRadians = latitude,
            LongitudeRadians = home is { } g ? Geo.Radians(g.Longitude) : 0,
            CosLatitude = Math.Cos(latitude),
            RangeKm = RangeOf(candidate.MaxTravelKm, candidate.MaxTravelMinutes),
            Days = candidate.AvailableDays & OpeningCatalogue.AllDays,
            MaxHours = candidate.MaxHoursPerWeek is { } hours && double.IsFinite(hours) && hours >= 0 ? hours : double.NaN,
            DateOfBirth = candidate.DateOfBirth,
            SkillTags = tags.Lookup(candidate.Skills),
            TaskTags = tags.Lookup(candidate.TaskInterests),
        };
    }

    public static double KilometresForMinutes(int minutes) => minutes * AssumedKilometresPerHour / 60;

    private static double RangeOf(double? maxKm, int? maxMinutes)
    {
        var range = double.NaN;
        if (maxKm is { } km && double.IsFinite(km) && km >= 0)
        {
            range = km;
        }

        if (maxMinutes is { } minutes and >= 0)
        {
            var byTime = KilometresForMinutes(minutes);
            range = double.IsNaN(range) ? byTime : Math.Min(range, byTime);
        }

        return range;
    }
}
