using SendCareers.Domain.Placements;
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

    /// <summary>The address without the postcode, taken from the opening when confirmed and editable; null: the postcode only.</summary>
    public string? Address { get; set; }

    /// <summary>Where to go on arrival, taken from the opening when confirmed and editable.</summary>
    public string? MeetingPoint { get; set; }

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
