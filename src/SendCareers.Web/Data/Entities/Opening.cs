using SendCareers.Domain.Vocabulary;

namespace SendCareers.Web.Data.Entities;

/// <summary>Something an employer offers: an encounter, work experience, a supported internship, a job.</summary>
public class Opening
{
    public int Id { get; set; }

    public int EmployerId { get; set; }

    public Employer? Employer { get; set; }

    public OpeningKind Kind { get; set; }

    public string Title { get; set; } = "";

    public Sector Sector { get; set; }

    /// <summary>What the young person would do, one task per line.</summary>
    public string? Tasks { get; set; }

    /// <summary>Skills that help, comma-separated short phrases.</summary>
    public string? SkillsWanted { get; set; }

    public string Postcode { get; set; } = "";

    /// <summary>The address without the postcode ("Kirkgate Community Hospital, Beckett Street, Leeds"), for families' e-mails.</summary>
    public string? Address { get; set; }

    /// <summary>Where to go on arrival ("main reception, Gate B, ask for Sam"): a postcode alone does not find a door on a hospital site.</summary>
    public string? MeetingPoint { get; set; }

    public string OutwardCode { get; set; } = "";

    public bool LocationKnown { get; set; }

    public WeekDays Days { get; set; }

    public decimal? HoursPerWeek { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>For an encounter or the first day: when it starts and ends, UK time.</summary>
    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    public int Places { get; set; }

    public SupportFeature SupportOffered { get; set; }

    public EnvironmentFactor EnvironmentPresent { get; set; }

    public CommunicationMethod CommunicationSupported { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public bool EhcpRequired { get; set; }

    /// <summary>Paid employment only: a contract of employment is offered.</summary>
    public bool HasContract { get; set; }

    public OpeningStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<Placement> Placements { get; set; } = [];
}
