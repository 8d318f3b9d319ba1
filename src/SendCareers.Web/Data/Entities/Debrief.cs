using SendCareers.Domain.Placements;

namespace SendCareers.Web.Data.Entities;

/// <summary>What someone said after a placement or encounter, through a tokenised link or a signed-in form.</summary>
public class Debrief
{
    public int Id { get; set; }

    public int? PlacementId { get; set; }

    public int? EncounterId { get; set; }

    public DebriefRespondent Respondent { get; set; }

    /// <summary>1 (went badly) to 5 (went very well). The Easy Read faces give 5 (good), 3 (OK) or 1 (not good).</summary>
    public int? Rating { get; set; }

    public string? WentWell { get; set; }

    public string? CouldBeBetter { get; set; }

    public bool? WouldHostAgain { get; set; }

    public NextStep? NextStep { get; set; }

    /// <summary>For an encounter's Easy Read debrief: whose answers these are (each young person answers their own).</summary>
    public int? YoungPersonId { get; set; }

    /// <summary>For a supported internship: the rotation the answers are about, or null for the whole internship.</summary>
    public int? RotationNumber { get; set; }

    /// <summary>Easy Read only: the pictures the young person tapped for "What did you like?".</summary>
    public DebriefTopics? Liked { get; set; }

    /// <summary>Easy Read only: the pictures the young person tapped for "What was hard?".</summary>
    public DebriefTopics? FoundHard { get; set; }

    /// <summary>Easy Read only: "Would you like to go again?", or null when they skipped it.</summary>
    public GoAgainAnswer? WouldGoAgain { get; set; }

    public DateTime SubmittedAtUtc { get; set; }
}
