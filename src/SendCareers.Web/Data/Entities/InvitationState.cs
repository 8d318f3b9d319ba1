namespace SendCareers.Web.Data.Entities;

/// <summary>Where one employer's invitation to a request stands.</summary>
public enum InvitationState
{
    /// <summary>Ranked, waiting for its wave.</summary>
    Planned = 1,
    Invited,
    Accepted,
    Declined,

    /// <summary>Someone else accepted first; they were thanked and told.</summary>
    Filled,

    /// <summary>The coach withdrew the request; they were told (or never asked, if still planned).</summary>
    Withdrawn,
}
