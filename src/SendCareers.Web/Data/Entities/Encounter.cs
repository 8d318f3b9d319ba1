using SendCareers.Web.Data;

namespace SendCareers.Web.Data.Entities;

/// <summary>A give-an-hour encounter with an employer for a group of young people (a talk, visit, mock interviews).</summary>
public class Encounter : IVersioned
{
    public int Id { get; set; }

    public int EmployerId { get; set; }

    public Employer? Employer { get; set; }

    /// <summary>The opening it came from, if any.</summary>
    public int? OpeningId { get; set; }

    public int? SchoolId { get; set; }

    public School? School { get; set; }

    public SendCareers.Domain.Vocabulary.OpeningKind Kind { get; set; }

    public string Title { get; set; } = "";

    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    public string? Location { get; set; }

    /// <summary>Where the group goes on arrival ("main reception, ask for Sam"), beside the address in <see cref="Location"/>.</summary>
    public string? MeetingPoint { get; set; }

    public string? HostName { get; set; }

    public string? HostEmail { get; set; }

    public EncounterState State { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid Version { get; set; }

    /// <summary>The calendar invite's SEQUENCE: one more for every change of time or place, and for cancelling.</summary>
    public int Sequence { get; set; }

    public List<EncounterAttendee> Attendees { get; set; } = [];

    /// <summary>
    /// When a contact of the employer said they can host it, at the time and place as they stood then
    /// (a change of time, place or employer asks again). Null until answered.
    /// </summary>
    public DateTime? EmployerConfirmedAtUtc { get; set; }

    /// <summary>Why the employer cannot host it, in their words; null unless they said they cannot.</summary>
    public string? EmployerCannotReason { get; set; }

    /// <summary>The employer contact who answered last.</summary>
    public string? EmployerAnsweredByUserId { get; set; }

    public const int MaxCannotReason = 500;
}
