using System.Collections.Concurrent;
using System.Collections.Frozen;
using Humanizer;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web;

/// <summary>Plain-English labels for enum values shown to people; Humanizer covers the rest.</summary>
public static class EnumLabels
{
    private static readonly FrozenDictionary<Enum, string> Overrides = new Dictionary<Enum, string>
    {
        [SchoolKind.MainstreamWithResourceBase] = "Mainstream school with a resource base",
        [SchoolKind.FurtherEducationCollege] = "Further education (FE) college",
        [SchoolKind.SpecialCollege] = "Specialist college",
        [OfferKind.TalkOrAssembly] = "Talk or assembly",
        [OfferKind.CvAndApplicationHelp] = "CV and application help",
        [OfferKind.WorkExperience] = "Work experience placement",
        [OfferKind.SupportedInternship] = "Supported internship host",
        [OfferKind.JobCarving] = "Job carving",
        [OpeningKind.EncounterTalk] = "Encounter: talk or assembly",
        [OpeningKind.EncounterVisit] = "Encounter: workplace visit",
        [OpeningKind.EncounterMockInterviews] = "Encounter: mock interviews",
        [OpeningKind.JobCarvedRole] = "Job-carved role",
        [Sector.HealthAndCare] = "Health and care",
        [Sector.ArtsAndMedia] = "Arts and media",
        [Sector.BusinessAndAdmin] = "Business and admin",
        [Sector.HairAndBeauty] = "Hair and beauty",
        [Sector.Digital] = "Digital and IT",
        [Sector.AnimalCare] = "Animal care",
        [Sector.Environment] = "Environment and conservation",
        [CommunicationMethod.Bsl] = "BSL (British Sign Language)",
        [CommunicationMethod.Aac] = "AAC (a communication aid)",
        [CommunicationMethod.Symbols] = "Symbols or pictures",
        [OrganisationSize.Micro] = "1 to 9 people",
        [OrganisationSize.Small] = "10 to 49 people",
        [OrganisationSize.Medium] = "50 to 249 people",
        [OrganisationSize.Large] = "250 or more people",
        [DisabilityConfidentLevel.NotYet] = "Not yet signed up",
        [DisabilityConfidentLevel.Committed] = "Level 1: Disability Confident Committed",
        [DisabilityConfidentLevel.Employer] = "Level 2: Disability Confident Employer",
        [DisabilityConfidentLevel.Leader] = "Level 3: Disability Confident Leader",
        [WorkplaceAccess.StepFree] = "Step-free access",
        [WorkplaceAccess.QuietSpace] = "A quiet space",
        [WorkplaceAccess.AccessibleToilet] = "An accessible toilet",
        [WorkplaceAccess.AccessibleParking] = "Accessible parking",
        [WorkplaceAccess.NearPublicTransport] = "Close to a bus stop or station",
        [WorkplaceAccess.HearingLoop] = "A hearing loop",
        [TimeSlots.AfterSchool] = "After school (3pm to 5pm)",
        [TimeSlots.Mornings] = "Mornings",
        [TimeSlots.Afternoons] = "Afternoons",
        [TravelIndependence.TravelTrainedKnownRoutes] = "Travel-trained on known routes",
        [TravelIndependence.NeedsTransport] = "Needs transport",
        [TravelIndependence.Independent] = "Travels independently",
        [EmployerStatus.AwaitingVerification] = "Waiting for e-mail confirmation",
        [EmployerStatus.AwaitingApproval] = "Waiting for approval",
        [MessageState.InDigest] = "Waiting for a daily summary",
    }.ToFrozenDictionary();

    // Humanizer's regular expressions cost more than the rest of a table row; enum values are few, so
    // each is humanized once.
    private static readonly ConcurrentDictionary<Enum, string> Humanized = new();

    public static string For(Enum value) =>
        Overrides.TryGetValue(value, out var label) ? label : Humanized.GetOrAdd(value, static v => v.ToString().Humanize());

    /// <summary>The set flags of a [Flags] value, without None and without combined values.</summary>
    public static IEnumerable<TEnum> FlagsOf<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(f => IsSingleBit(f) && value.HasFlag(f));

    public static TEnum Combine<TEnum>(IEnumerable<TEnum> flags)
        where TEnum : struct, Enum =>
        (TEnum)Enum.ToObject(typeof(TEnum), flags.Aggregate(0L, (all, f) => all | Convert.ToInt64(f)));

    public static IEnumerable<TEnum> SingleFlags<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(IsSingleBit);

    private static bool IsSingleBit<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(value);
        return bits != 0 && (bits & (bits - 1)) == 0;
    }

    public static string List(IEnumerable<Enum> values) => string.Join(", ", values.Select(For));

    /// <summary>An encounter's kind as a person says it ("Talk", "Workplace visit", "Mock interviews").</summary>
    public static string EncounterKind(OpeningKind kind) => kind switch
    {
        OpeningKind.EncounterTalk => "Talk",
        OpeningKind.EncounterVisit => "Workplace visit",
        OpeningKind.EncounterMockInterviews => "Mock interviews",
        _ => For(kind),
    };
}
