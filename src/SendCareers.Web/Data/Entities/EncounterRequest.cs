using SendCareers.Domain.Requests;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A school's request for an encounter ("a talk about construction for 8 young people in March"): what,
/// when (a window of dates, the days and the time of day that suit), where, and for which group. Employers
/// are ranked for it once, when it is posted, and invited in waves; the first to accept gets it, and it
/// becomes an <see cref="Encounter"/>. Employers see the group as a count and its needs, never names.
/// </summary>
public class EncounterRequest : IVersioned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public string CreatedByUserId { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public Guid Version { get; set; }

    public OpeningKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Sectors wished for; empty means any.</summary>
    public List<Sector> Sectors { get; set; } = [];

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }

    public WeekDays Days { get; set; }

    public TimeOnly StartTime { get; set; }

    public TimeOnly EndTime { get; set; }

    public RequestVenue Venue { get; set; }

    /// <summary>For a visit: how far the group can travel, in miles; null means anywhere in the hub's area.</summary>
    public int? GroupTravelMiles { get; set; }

    /// <summary>The young people going (the encounter's register once accepted). Employers only ever see the count.</summary>
    public List<int> YoungPersonIds { get; set; } = [];

    /// <summary>Access the workplace must give the group, from the young people's profiles.</summary>
    public WorkplaceAccess AccessNeeded { get; set; }

    /// <summary>Anything else the employer should know, in the coach's words (no names).</summary>
    public string? Notes { get; set; }

    /// <summary>How many employers each wave invites.</summary>
    public int WaveSize { get; set; }

    /// <summary>How long each wave has to answer before the next goes out.</summary>
    public int AnswerHours { get; set; }

    /// <summary>The latest wave sent (0 before the first).</summary>
    public int Wave { get; set; }

    /// <summary>When the next wave goes out if nobody has accepted; null when there is no one left to ask or it is settled.</summary>
    public DateTime? NextWaveAtUtc { get; set; }

    public RequestState State { get; set; }

    public int? AcceptedEmployerId { get; set; }

    public Employer? AcceptedEmployer { get; set; }

    public DateTime? SettledAtUtc { get; set; }

    /// <summary>The encounter it became.</summary>
    public int? EncounterId { get; set; }

    public List<RequestInvitation> Invitations { get; set; } = [];

    public const int MaxNotes = 1000;
}
