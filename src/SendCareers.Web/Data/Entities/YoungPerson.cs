using SendCareers.Domain.Vocabulary;

namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A young person a job coach supports, with their vocational profile. Special-category data: only
/// their own school's job coaches and hub administrators see it; employers see a consented summary
/// once a placement with them is agreed, never the home postcode, date of birth, EHCP or support notes.
/// </summary>
public class YoungPerson
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>The name they like to be called; the first word of it is all an employer ever sees.</summary>
    public string PreferredName { get; set; } = "";

    /// <summary>As in the school's records; staff only, like the rest of the profile.</summary>
    public string? LegalFirstName { get; set; }

    /// <summary>As in the school's records; staff only. Tells two pupils called Alfie apart in staff lists.</summary>
    public string? LegalSurname { get; set; }

    /// <summary>The DfE unique pupil number (a check letter and 12 digits); staff only.</summary>
    public string? Upn { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public bool HasEhcp { get; set; }

    public CareerSendGroup? SendGroup { get; set; }

    /// <summary>Stored for travel planning, never shown to employers; distances use only the outward code.</summary>
    public string? HomePostcode { get; set; }

    public string? HomeOutwardCode { get; set; }

    public bool HomeLocationKnown { get; set; }

    // Vocational profile: interests, strengths, what to try and avoid.
    public List<Sector> Interests { get; set; } = [];

    /// <summary>Kinds of task they enjoy, in their words (e.g. "sorting", "talking to customers").</summary>
    public string? TaskInterests { get; set; }

    /// <summary>Strengths and skills, comma-separated short phrases.</summary>
    public string? Strengths { get; set; }

    public List<Sector> WantsToTry { get; set; } = [];

    public List<Sector> AvoidSectors { get; set; } = [];

    // Support and environment.
    public SupportFeature SupportNeeds { get; set; }

    public string? AdjustmentsThatWork { get; set; }

    public EnvironmentFactor EnvironmentToAvoid { get; set; }

    public CommunicationMethod Communication { get; set; }

    public string? CommunicationNotes { get; set; }

    // Travel and availability.
    public TravelIndependence Travel { get; set; }

    public int? MaxTravelKm { get; set; }

    public int? MaxTravelMinutes { get; set; }

    public WeekDays AvailableDays { get; set; }

    public int? MaxHoursPerWeek { get; set; }

    // In their own words.
    public string? Aspirations { get; set; }

    public string? EhcpEmploymentOutcome { get; set; }

    /// <summary>They (or their family) agreed that a summary may go to an employer once a placement is agreed.</summary>
    public bool ConsentToShareSummary { get; set; }

    /// <summary>A parent or carer to receive Easy Read reminders, optional.</summary>
    public string? FamilyContactName { get; set; }

    public string? FamilyContactEmail { get; set; }

    /// <summary>
    /// Their last day at the school or college on <see cref="SchoolId"/>, set by the yearly rollover. From that day
    /// they are a leaver: out of matching and the caseload list, kept with every record so their destinations
    /// can be tracked. Null while they are still at school.
    /// </summary>
    public DateOnly? LeftOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>
    /// Set when a hub administrator erased the record: what identifies the young person is gone, and
    /// only what anonymous counts need is kept (school, EHCP, Career SEND group, school-year cohort).
    /// </summary>
    public DateTime? ErasedAtUtc { get; set; }

    public List<ProfileChange> Changes { get; set; } = [];

    /// <summary>When their EHCP or school or college changed, for counting each year as it was.</summary>
    public List<YoungPersonStatusChange> StatusChanges { get; set; } = [];
}
