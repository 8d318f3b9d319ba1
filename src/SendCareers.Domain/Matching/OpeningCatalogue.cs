using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>
/// A set of openings prepared once for matching: sorted by id (which makes every result independent of
/// input order), with each opening's facts precomputed. Immutable, so one catalogue can serve many
/// concurrent <see cref="Matcher.Rank(MatchCandidate, OpeningCatalogue, DateOnly, MatchWeights?)"/> calls.
/// </summary>
public sealed class OpeningCatalogue
{
    private OpeningCatalogue(MatchOpening[] openings, OpeningFacts[] facts, TagVocabulary tags)
    {
        Openings = openings;
        Facts = facts;
        Tags = tags;
    }

    /// <summary>The openings, in id order; a repeated id keeps its first occurrence.</summary>
    public IReadOnlyList<MatchOpening> Items => Openings;

    public int Count => Openings.Length;

    internal MatchOpening[] Openings { get; }

    internal OpeningFacts[] Facts { get; }

    internal TagVocabulary Tags { get; }

    /// <summary>Prepares openings for matching. Null entries are skipped; nothing else is rejected.</summary>
    public static OpeningCatalogue Build(IEnumerable<MatchOpening?> openings)
    {
        ArgumentNullException.ThrowIfNull(openings);

        var seen = new HashSet<int>();
        var unique = new List<MatchOpening>();
        foreach (var opening in openings)
        {
            if (opening is not null && seen.Add(opening.Id))
            {
                unique.Add(opening);
            }
        }

        unique.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        var sorted = unique.ToArray();
        var tags = new TagVocabulary();
        var facts = new OpeningFacts[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            facts[i] = Describe(sorted[i], tags);
        }

        return new OpeningCatalogue(sorted, facts, tags);
    }

    /// <summary>Finds an opening's position by id, or -1.</summary>
    internal int IndexOf(int openingId)
    {
        int low = 0, high = Openings.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var id = Openings[middle].Id;
            if (id == openingId)
            {
                return middle;
            }

            if (id < openingId)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private static OpeningFacts Describe(MatchOpening opening, TagVocabulary tags)
    {
        var location = opening.Location is { } point && IsUsable(point.Latitude, point.Longitude) ? point : (Places.GeoPoint?)null;
        var latitude = location is { } l ? Geo.Radians(l.Latitude) : 0;
        return new OpeningFacts
        {
            Id = opening.Id,
            SectorBit = SectorBits.Of(opening.Sector),
            HasLocation = location is not null,
            LatitudeRadians = latitude,
            LongitudeRadians = location is { } g ? Geo.Radians(g.Longitude) : 0,
            CosLatitude = Math.Cos(latitude),
            Days = opening.Days & AllDays,
            HoursPerWeek = opening.HoursPerWeek is { } hours && double.IsFinite(hours) && hours >= 0 ? hours : double.NaN,
            StartDay = opening.Starts?.DayNumber ?? int.MinValue,
            EndDay = opening.Ends?.DayNumber ?? int.MaxValue,
            PlacesLeft = opening.PlacesLeft ?? -1,
            Support = opening.SupportOffered,
            Communication = opening.CommunicationSupported,
            Environment = opening.EnvironmentPresent,
            MinimumAge = opening.MinimumAge is { } min and >= 0 ? min : -1,
            MaximumAge = opening.MaximumAge is { } max and >= 0 ? max : -1,
            IsOpen = opening.IsOpen,
            EhcpRequired = opening.EhcpRequired,
            IsSupportedInternship = opening.Kind == OpeningKind.SupportedInternship,
            Experience = ExperienceFactor(opening.PreviousSendPlacements, opening.DisabilityConfident),
            SkillTags = tags.Intern(opening.SkillsWanted),
            TaskTags = tags.Intern(opening.Tasks),
        };
    }

    internal const WeekDays AllDays = WeekDays.Weekdays | WeekDays.Saturday | WeekDays.Sunday;

    /// <summary>Five previous placements count as fully experienced.</summary>
    internal const int ExperiencedAfterPlacements = 5;

    /// <summary>
    /// Either track record counts: five or more previous SEND placements, or Disability Confident
    /// Leader, scores 1. The better of the two is taken so a new but committed employer is not penalised
    /// twice. NaN when neither is known.
    /// </summary>
    internal static double ExperienceFactor(int? previousPlacements, DisabilityConfidentLevel? level)
    {
        var fromPlacements = previousPlacements is { } count
            ? Math.Min(Math.Max(count, 0), ExperiencedAfterPlacements) / (double)ExperiencedAfterPlacements
            : double.NaN;
        var fromLevel = level is { } l ? Math.Clamp((int)l, 0, (int)DisabilityConfidentLevel.Leader) / (double)DisabilityConfidentLevel.Leader : double.NaN;
        if (double.IsNaN(fromPlacements))
        {
            return fromLevel;
        }

        return double.IsNaN(fromLevel) ? fromPlacements : Math.Max(fromPlacements, fromLevel);
    }

    internal static bool IsUsable(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180;
}
