using SendCareers.Domain.Matching;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Benchmarks;

/// <summary>
/// Deterministic synthetic young people and openings at real UK outward-code centroids. Places are
/// drawn from 300 outcodes sampled from the reference file, so people and openings cluster in towns
/// the way real ones do, rather than spreading evenly over the map.
/// </summary>
internal sealed class SyntheticWorld
{
    private static readonly Sector[] Sectors = Enum.GetValues<Sector>();
    private static readonly string[] Tasks = ["feeding animals", "sorting stock", "making drinks", "filing", "greeting visitors", "stacking shelves", "data entry", "watering plants"];
    private static readonly string[] Skills = ["using a till", "typing", "counting money", "following a rota", "using a phone", "lifting safely"];

    private readonly GeoPoint[] _towns;

    public SyntheticWorld(int seed, int towns = 300)
    {
        var random = new Random(seed);
        var path = Path.Combine(AppContext.BaseDirectory, "uk-outcodes.csv");
        using var reader = File.OpenText(path);
        reader.ReadLine();
        var all = new List<GeoPoint>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length >= 3
                && double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var latitude)
                && double.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var longitude))
            {
                all.Add(new GeoPoint(latitude, longitude));
            }
        }

        _towns = [.. Enumerable.Range(0, towns).Select(_ => all[random.Next(all.Count)])];
    }

    public List<MatchCandidate> Candidates(int count, int seed)
    {
        var random = new Random(seed);
        var candidates = new List<MatchCandidate>(count);
        for (var id = 1; id <= count; id++)
        {
            candidates.Add(new MatchCandidate
            {
                Id = id,
                PreferredName = $"Learner {id}",
                DateOfBirth = new DateOnly(2004, 9, 1).AddDays(random.Next(0, 365 * 8)),
                HasEhcp = random.Next(10) < 7,
                Home = _towns[random.Next(_towns.Length)],
                Interests = SomeSectors(random, 1, 3),
                WantsToTry = SomeSectors(random, 0, 2),
                AvoidSectors = random.Next(5) == 0 ? SomeSectors(random, 1, 1) : [],
                PreviousSectors = SomeSectors(random, 0, 2),
                TaskInterests = Some(random, Tasks, 2),
                Skills = Some(random, Skills, 3),
                SupportNeeds = (SupportFeature)(random.Next(1 << 12) & random.Next(1 << 12)),
                EnvironmentToAvoid = random.Next(4) == 0 ? (EnvironmentFactor)(1 << random.Next(8)) : EnvironmentFactor.None,
                Communication = random.Next(6) == 0 ? CommunicationMethod.Makaton : CommunicationMethod.Speech,
                Travel = (TravelIndependence)random.Next(4),
                MaxTravelKm = 5 + random.Next(21),
                AvailableDays = WeekDays.Weekdays & (WeekDays)(random.Next(1 << 5) | random.Next(1 << 5)),
                MaxHoursPerWeek = 10 + random.Next(26),
            });
        }

        return candidates;
    }

    public List<MatchOpening> Openings(int count, int seed) => OpeningsUntil(count, int.MaxValue, seed);

    /// <summary>Openings of 1–4 places until the total reaches <paramref name="places"/>.</summary>
    public List<MatchOpening> OpeningsWithPlaces(int places, int seed) => OpeningsUntil(int.MaxValue, places, seed);

    private List<MatchOpening> OpeningsUntil(int count, int places, int seed)
    {
        var random = new Random(seed);
        var openings = new List<MatchOpening>();
        var totalPlaces = 0;
        for (var id = 1; openings.Count < count && totalPlaces < places; id++)
        {
            var town = _towns[random.Next(_towns.Length)];
            var placesHere = Math.Min(1 + random.Next(4), places - totalPlaces);
            totalPlaces += placesHere;
            var starts = new DateOnly(2026, 3, 2).AddDays(random.Next(-30, 180));
            openings.Add(new MatchOpening
            {
                Id = id,
                EmployerId = 1 + random.Next(count == int.MaxValue ? 10_000 : Math.Max(1, count / 3)),
                EmployerName = $"Employer {id}",
                Kind = (OpeningKind)(1 + random.Next(8)),
                Title = $"Opening {id}",
                Sector = Sectors[random.Next(Sectors.Length)],
                Location = new GeoPoint(town.Latitude + ((random.NextDouble() - 0.5) * 0.03), town.Longitude + ((random.NextDouble() - 0.5) * 0.05)),
                Days = (WeekDays)(1 << random.Next(5)) | (WeekDays)(1 << random.Next(5)),
                HoursPerWeek = 3 + random.Next(30),
                Starts = starts,
                Ends = starts.AddDays(14 + random.Next(300)),
                PlacesTotal = placesHere,
                PlacesTaken = 0,
                SupportOffered = (SupportFeature)(random.Next(1 << 12) | random.Next(1 << 12)),
                CommunicationSupported = random.Next(5) == 0 ? CommunicationMethod.Makaton : CommunicationMethod.None,
                EnvironmentPresent = (EnvironmentFactor)(random.Next(1 << 8) & random.Next(1 << 8) & random.Next(1 << 8)),
                Tasks = Some(random, Tasks, 3),
                SkillsWanted = Some(random, Skills, 2),
                MinimumAge = random.Next(5) == 0 ? 16 : null,
                MaximumAge = random.Next(10) == 0 ? 19 : null,
                EhcpRequired = random.Next(10) == 0,
                PreviousSendPlacements = random.Next(4) == 0 ? null : random.Next(10),
                DisabilityConfident = random.Next(3) == 0 ? null : (DisabilityConfidentLevel)random.Next(4),
                IsOpen = random.Next(20) > 0,
            });
        }

        return openings;
    }

    private static Sector[] SomeSectors(Random random, int least, int most) =>
        [.. Enumerable.Range(0, random.Next(least, most + 1)).Select(_ => Sectors[random.Next(Sectors.Length)]).Distinct()];

    private static string[] Some(Random random, string[] from, int most) =>
        [.. Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => from[random.Next(from.Length)]).Distinct()];
}
