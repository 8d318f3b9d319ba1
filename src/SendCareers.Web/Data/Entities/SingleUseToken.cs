namespace SendCareers.Web.Data.Entities;

/// <summary>
/// The server side of a link sent by e-mail. Only a SHA-256 hash of the token is stored, so a copy of
/// the database cannot be used to follow links; the link itself carries nothing but the token.
/// </summary>
public class SingleUseToken
{
    public long Id { get; set; }

    public TokenPurpose Purpose { get; set; }

    public string TokenHash { get; set; } = "";

    /// <summary>What the token acts on (a user id, a debrief request id) — never shown in the link.</summary>
    public string SubjectId { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? UsedAtUtc { get; set; }
}
