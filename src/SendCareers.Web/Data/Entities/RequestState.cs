namespace SendCareers.Web.Data.Entities;

public enum RequestState
{
    /// <summary>Invitations are out (or about to go): waiting for an employer to accept.</summary>
    Open = 1,

    /// <summary>An employer accepted; the encounter is scheduled.</summary>
    Accepted,

    /// <summary>The coach withdrew it; invitees were told.</summary>
    Withdrawn,
}
