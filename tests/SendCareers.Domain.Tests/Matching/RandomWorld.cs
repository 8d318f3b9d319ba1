using SendCareers.Domain.Matching;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>Random but plausible young people and openings around one town, from a seed.</summary>
internal static class RandomWorld
{
    public static readonly GeoPoint Centre = new(53.7965, -1.5478);

    private static readonly Sector[] Sectors = Enum.GetValues<Sector>();

    public static IReadOnlyList<MatchCandidate> Candidates(Random random, int count, int firstId = 1) =>
        [.. Enumerable.Range(firstId, count).Select(id => Candidate(random, id))];

    public static IReadOnlyList<MatchOpening> Openings(Random random, int count, int firstId = 1, int maxPlaces = 3) =>
        [.. Enumerable.Range(firstId, count).Select(id => Opening(random, id, maxPlaces))];

    public static MatchCandidate Candidate(Random random, int id) => new()
    {
        Id = id,
        PreferredName = $"Young person {id}",
        DateOfBirth = new DateOnly(2003, 1, 1).AddDays(random.Next(0, 365 * 9)),
        HasEhcp = random.Next(4) > 0,
        Home = Near(random, 12),
        Interests = SomeSectors(random, 2),
        WantsToTry = SomeSectors(random, 1),
        AvoidSectors = random.Next(4) == 0 ? SomeSectors(random, 1) : [],
        PreviousSectors = SomeSectors(random, 2),
        TaskInterests = random.Next(2) == 0 ? ["sorting stock"] : ["feeding animals", "making drinks"],
        Skills = random.Next(2) == 0 ? ["using a till"] : ["typing", "driving"],
        SupportNeeds = (SupportFeature)random.Next(0, 1 << 12),
        EnvironmentToAvoid = random.Next(3) == 0 ? (EnvironmentFactor)(1 << random.Next(8)) : EnvironmentFactor.None,
        Communication = random.Next(5) == 0 ? CommunicationMethod.Makaton : CommunicationMethod.Speech,
        MaxTravelKm = random.Next(3) == 0 ? null : 3 + random.Next(12),
        MaxTravelMinutes = random.Next(4) == 0 ? 20 + random.Next(40) : null,
        AvailableDays = (WeekDays)random.Next(1, 1 << 7),
        MaxHoursPerWeek = random.Next(4) == 0 ? null : 5 + random.Next(30),
    };

    public static MatchOpening Opening(Random random, int id, int maxPlaces) => new()
    {
        Id = id,
        EmployerId = random.Next(1, 20),
        Title = $"Opening {id}",
        Kind = (OpeningKind)random.Next(1, 9),
        Sector = Sectors[random.Next(Sectors.Length)],
        Location = random.Next(10) == 0 ? null : Near(random, 12),
        Days = (WeekDays)random.Next(1, 1 << 7),
        HoursPerWeek = random.Next(5) == 0 ? null : 2 + random.Next(35),
        Starts = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 240)),
        Ends = new DateOnly(2026, 3, 1).AddDays(random.Next(0, 300)),
        PlacesTotal = random.Next(8) == 0 ? null : 1 + random.Next(maxPlaces),
        PlacesTaken = random.Next(6) == 0 ? 1 : 0,
        SupportOffered = (SupportFeature)random.Next(0, 1 << 12),
        CommunicationSupported = random.Next(4) == 0 ? CommunicationMethod.Makaton : CommunicationMethod.None,
        EnvironmentPresent = (EnvironmentFactor)random.Next(0, 1 << 8) & (EnvironmentFactor)random.Next(0, 1 << 8),
        Tasks = random.Next(2) == 0 ? ["sorting stock", "Making drinks"] : ["feeding animals"],
        SkillsWanted = random.Next(2) == 0 ? ["using a till", "typing"] : [],
        MinimumAge = random.Next(4) == 0 ? 16 : null,
        MaximumAge = random.Next(6) == 0 ? 19 : null,
        EhcpRequired = random.Next(6) == 0,
        PreviousSendPlacements = random.Next(3) == 0 ? null : random.Next(8),
        DisabilityConfident = random.Next(3) == 0 ? null : (DisabilityConfidentLevel)random.Next(4),
        IsOpen = random.Next(12) > 0,
    };

    private static GeoPoint Near(Random random, double km) =>
        new(Centre.Latitude + ((random.NextDouble() - 0.5) * 2 * km / 111.2), Centre.Longitude + ((random.NextDouble() - 0.5) * 2 * km / 66));

    private static Sector[] SomeSectors(Random random, int most) =>
        [.. Enumerable.Range(0, random.Next(most + 1)).Select(_ => Sectors[random.Next(Sectors.Length)]).Distinct()];
}
