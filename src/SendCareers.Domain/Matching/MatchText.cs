using System.Globalization;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Matching;

/// <summary>Words and number formats for reasons. Invariant culture throughout, so output never depends on the server.</summary>
internal static class MatchText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Sector(Sector sector) => sector switch
    {
        Vocabulary.Sector.AnimalCare => "animal care",
        Vocabulary.Sector.ArtsAndMedia => "arts and media",
        Vocabulary.Sector.BusinessAndAdmin => "business and admin",
        Vocabulary.Sector.Catering => "catering",
        Vocabulary.Sector.Cleaning => "cleaning",
        Vocabulary.Sector.Construction => "construction",
        Vocabulary.Sector.Digital => "digital and IT",
        Vocabulary.Sector.Engineering => "engineering",
        Vocabulary.Sector.Gardening => "gardening and horticulture",
        Vocabulary.Sector.HairAndBeauty => "hair and beauty",
        Vocabulary.Sector.HealthAndCare => "health and care",
        Vocabulary.Sector.Hospitality => "hospitality",
        Vocabulary.Sector.Leisure => "leisure",
        Vocabulary.Sector.Logistics => "logistics",
        Vocabulary.Sector.PublicServices => "public services",
        Vocabulary.Sector.Retail => "retail",
        Vocabulary.Sector.Transport => "transport",
        Vocabulary.Sector.Education => "education",
        Vocabulary.Sector.Manufacturing => "manufacturing",
        Vocabulary.Sector.Environment => "environment and conservation",
        _ => sector.ToString().ToLowerInvariant(),
    };

    public static string SupportNeed(SupportFeature feature) => feature switch
    {
        SupportFeature.NamedSupervisor => "a named supervisor",
        SupportFeature.JobCoachWelcome => "a job coach with them",
        SupportFeature.QuietSpace => "a quiet space",
        SupportFeature.StepFreeAccess => "step-free access",
        SupportFeature.AccessibleToilet => "an accessible toilet",
        SupportFeature.WrittenInstructions => "written instructions",
        SupportFeature.VisualInstructions => "visual instructions",
        SupportFeature.RegularBreaks => "regular breaks",
        SupportFeature.NamedBuddy => "a named buddy",
        SupportFeature.FlexibleHours => "flexible hours",
        SupportFeature.PreVisit => "a visit before starting",
        SupportFeature.AssistiveTechnology => "assistive technology",
        _ => feature.ToString(),
    };

    public static string Communication(CommunicationMethod method) => method switch
    {
        CommunicationMethod.Makaton => "Makaton",
        CommunicationMethod.Bsl => "BSL",
        CommunicationMethod.Symbols => "symbols",
        CommunicationMethod.Aac => "an AAC device",
        CommunicationMethod.Speech => "speech",
        CommunicationMethod.Writing => "writing",
        _ => method.ToString(),
    };

    public static string Environment(EnvironmentFactor factor) => factor switch
    {
        EnvironmentFactor.Noise => "noise",
        EnvironmentFactor.Crowds => "crowds",
        EnvironmentFactor.Outdoors => "outdoor work",
        EnvironmentFactor.Heights => "heights",
        EnvironmentFactor.BrightLights => "bright lights",
        EnvironmentFactor.StrongSmells => "strong smells",
        EnvironmentFactor.Animals => "animals",
        EnvironmentFactor.Machinery => "machinery",
        _ => factor.ToString().ToLowerInvariant(),
    };

    public static string DisabilityConfident(DisabilityConfidentLevel level) => level switch
    {
        DisabilityConfidentLevel.Committed => "Disability Confident Committed",
        DisabilityConfidentLevel.Employer => "Disability Confident Employer",
        DisabilityConfidentLevel.Leader => "Disability Confident Leader",
        _ => "not yet Disability Confident",
    };

    /// <summary>"Monday to Friday", "Monday, Wednesday and Friday", "Saturday".</summary>
    public static string Days(WeekDays days)
    {
        if ((days & OpeningCatalogue.AllDays) == WeekDays.Weekdays)
        {
            return "Monday to Friday";
        }

        var names = new List<string>(7);
        foreach (var day in Each(days))
        {
            names.Add(day.ToString());
        }

        return List(names);
    }

    /// <summary>The single flags set in a value, lowest first.</summary>
    public static IEnumerable<T> Each<T>(T flags)
        where T : struct, Enum
    {
        var bits = Convert.ToUInt64(flags, Invariant);
        for (var bit = 0; bit < 64; bit++)
        {
            var value = 1UL << bit;
            if ((bits & value) != 0)
            {
                yield return (T)Enum.ToObject(typeof(T), value);
            }
        }
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>Distances to one decimal place: "3.2 km".</summary>
    public static string Kilometres(double km) => km.ToString("0.0", Invariant) + " km";

    /// <summary>Limits as people state them: "5 km", "7.5 km".</summary>
    public static string Limit(double value) => value.ToString("0.#", Invariant);

    public static string Hours(double hours) => hours == 1 ? "1 hour" : Limit(hours) + " hours";

    public static string Date(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("d MMMM yyyy", Invariant);

    public static string Number(int value) => value.ToString(Invariant);

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
