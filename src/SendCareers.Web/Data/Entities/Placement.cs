using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Placements.Internships;
using SendCareers.Web.Data;

namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A young person placed with an opening, from proposal to completion. The lifecycle rules live in
/// <see cref="PlacementLifecycle"/>; this row holds where it is and the arrangements made.
/// </summary>
public class Placement : IVersioned
{
    public int Id { get; set; }

    public int YoungPersonId { get; set; }

    public YoungPerson? YoungPerson { get; set; }

    public int OpeningId { get; set; }

    public Opening? Opening { get; set; }

    public PlacementState State { get; set; }

    /// <summary>The matcher's score when proposed (0–100), and its reasons as shown then.</summary>
    public int? MatchScore { get; set; }

    public string? MatchReasons { get; set; }

    /// <summary>Why the coach chose this over the ranking, when they did.</summary>
    public string? OverrideReason { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    public string? ProposedByUserId { get; set; }

    // Arrangements needed to confirm.
    public DateTime? StartsAtUtc { get; set; }

    public DateTime? EndsAtUtc { get; set; }

    public string? SupervisorName { get; set; }

    public string? SupervisorEmail { get; set; }

    public string? SupervisorPhone { get; set; }

    public string? JobCoachUserId { get; set; }

    public string? TravelPlan { get; set; }

    /// <summary>Why it was declined, withdrawn or ended early.</summary>
    public string? EndReason { get; set; }

    // Supported internship outcome.
    public bool? OutcomePaidJobOffered { get; set; }

    public decimal? OutcomeHoursPerWeek { get; set; }

    public AccessToWorkStatus? OutcomeAccessToWork { get; set; }

    /// <summary>What the coach agreed comes next, after the debriefs.</summary>
    public NextStep? NextStep { get; set; }

    /// <summary>Supported internship: the line manager who takes over from the job coach, and when.</summary>
    public string? LineManagerName { get; set; }

    public DateOnly? HandedOverOn { get; set; }

    public string? HandoverNotes { get; set; }

    /// <summary>Changes on every save, so two people editing at once cannot overwrite each other.</summary>
    public Guid Version { get; set; }

    public List<PlacementTransitionRecord> Transitions { get; set; } = [];

    public List<RotationRecord> Rotations { get; set; } = [];

    public List<SupportLogEntry> SupportLog { get; set; } = [];
}

/// <summary>Who moved a placement from one state to another, when and why.</summary>
public class PlacementTransitionRecord
{
    public long Id { get; set; }

    public int PlacementId { get; set; }

    public PlacementState From { get; set; }

    public PlacementState To { get; set; }

    public DateTime AtUtc { get; set; }

    public string? ByUserId { get; set; }

    public ActorRole ByRole { get; set; }

    public string? Reason { get; set; }
}

/// <summary>One rotation of a supported internship (typically three of 10–12 weeks).</summary>
public class RotationRecord
{
    public int Id { get; set; }

    public int PlacementId { get; set; }

    public int Number { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }
}

/// <summary>A week of job-coach support on a supported internship: direct hours taper as natural supports grow.</summary>
public class SupportLogEntry
{
    public int Id { get; set; }

    public int PlacementId { get; set; }

    public DateOnly WeekStarting { get; set; }

    public decimal DirectSupportHours { get; set; }

    public string? NaturalSupports { get; set; }

    public string? Notes { get; set; }

    public string? RecordedByUserId { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}

public enum EncounterState
{
    Scheduled = 1,
    Held,
    Cancelled,
}

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

    public string? HostName { get; set; }

    public string? HostEmail { get; set; }

    public EncounterState State { get; set; }

    public string? CreatedByUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid Version { get; set; }

    /// <summary>The calendar invite's SEQUENCE: one more for every change of time or place, and for cancelling.</summary>
    public int Sequence { get; set; }

    public List<EncounterAttendee> Attendees { get; set; } = [];
}

public class EncounterAttendee
{
    public int Id { get; set; }

    public int EncounterId { get; set; }

    public int YoungPersonId { get; set; }

    public YoungPerson? YoungPerson { get; set; }

    public AttendanceMark? Attendance { get; set; }

    public DateTime? RecordedAtUtc { get; set; }

    public string? RecordedByUserId { get; set; }
}

public enum DebriefRespondent
{
    Employer = 1,
    YoungPerson,
    JobCoach,

    /// <summary>A parent or carer, through the link in their e-mail.</summary>
    Family,
}

/// <summary>What someone said after a placement or encounter, through a tokenised link or a signed-in form.</summary>
public class Debrief
{
    public int Id { get; set; }

    public int? PlacementId { get; set; }

    public int? EncounterId { get; set; }

    public DebriefRespondent Respondent { get; set; }

    /// <summary>1 (went badly) to 5 (went very well).</summary>
    public int? Rating { get; set; }

    public string? WentWell { get; set; }

    public string? CouldBeBetter { get; set; }

    public bool? WouldHostAgain { get; set; }

    public NextStep? NextStep { get; set; }

    /// <summary>For an encounter's Easy Read debrief: whose answers these are (each young person answers their own).</summary>
    public int? YoungPersonId { get; set; }

    /// <summary>For a supported internship: the rotation the answers are about, or null for the whole internship.</summary>
    public int? RotationNumber { get; set; }

    public DateTime SubmittedAtUtc { get; set; }
}

/// <summary>Who looked at or changed special-category data, for accountability and subject access requests.</summary>
public class AuditEvent
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string? UserId { get; set; }

    public string Action { get; set; } = "";

    public string SubjectType { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string? Detail { get; set; }
}
