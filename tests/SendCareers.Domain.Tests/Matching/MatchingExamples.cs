using SendCareers.Domain.Matching;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>A young person and an opening that suit each other, for tests to vary one field at a time.</summary>
internal static class MatchingExamples
{
    /// <summary>A Monday.</summary>
    public static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>Leeds city centre (LS1).</summary>
    public static readonly GeoPoint Leeds = new(53.7965, -1.5478);

    /// <summary>A point this many kilometres due north of <see cref="Leeds"/>.</summary>
    public static GeoPoint NorthOfLeeds(double km) => new(Leeds.Latitude + (km / 111.19508), Leeds.Longitude);

    public static MatchCandidate Sam => new()
    {
        Id = 1,
        PreferredName = "Sam",
        DateOfBirth = new DateOnly(2008, 5, 10),
        SchoolId = 7,
        HasEhcp = true,
        SendGroup = CareerSendGroup.Group1,
        HomeOutwardCode = "LS1",
        Home = Leeds,
        Interests = [Sector.AnimalCare],
        TaskInterests = ["feeding animals"],
        Skills = ["using a till"],
        SupportNeeds = SupportFeature.QuietSpace | SupportFeature.RegularBreaks,
        Communication = CommunicationMethod.Speech,
        Travel = TravelIndependence.TravelTrainedKnownRoutes,
        MaxTravelKm = 5,
        AvailableDays = WeekDays.Weekdays,
        MaxHoursPerWeek = 20,
    };

    public static MatchOpening AnimalCare => new()
    {
        Id = 10,
        EmployerId = 100,
        EmployerName = "Meanwood Valley Farm",
        Kind = OpeningKind.WorkExperience,
        Title = "Animal care assistant",
        Sector = Sector.AnimalCare,
        Location = NorthOfLeeds(3.2),
        Days = WeekDays.Monday | WeekDays.Tuesday,
        HoursPerWeek = 15,
        Starts = new DateOnly(2026, 4, 13),
        Ends = new DateOnly(2026, 5, 22),
        PlacesTotal = 2,
        PlacesTaken = 0,
        SupportOffered = SupportFeature.QuietSpace,
        Tasks = ["Feeding animals", "cleaning pens"],
        SkillsWanted = ["using a till"],
        PreviousSendPlacements = 4,
        DisabilityConfident = DisabilityConfidentLevel.Leader,
    };

    public static MatchList Rank(MatchCandidate candidate, params MatchOpening[] openings) =>
        Matcher.Rank(candidate, openings, Today, MatchWeights.Default);

    /// <summary>The single opening's result, asserting it was ranked (not excluded).</summary>
    public static ScoredMatch RankedOnly(MatchCandidate candidate, MatchOpening opening)
    {
        var result = Rank(candidate, opening);
        Assert.Empty(result.Excluded);
        return Assert.Single(result.Ranked);
    }

    /// <summary>The single opening's result, asserting it was excluded.</summary>
    public static ExcludedMatch ExcludedOnly(MatchCandidate candidate, MatchOpening opening)
    {
        var result = Rank(candidate, opening);
        Assert.Empty(result.Ranked);
        return Assert.Single(result.Excluded);
    }
}
