using SendCareers.Domain.Placements;

namespace SendCareers.Web.Data.Entities;

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
