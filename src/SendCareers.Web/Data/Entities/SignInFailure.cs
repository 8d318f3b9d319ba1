namespace SendCareers.Web.Data.Entities;

/// <summary>
/// Wrong passwords and codes given for one account from one client address, counted by
/// <see cref="SendCareers.Web.Security.SignInThrottle"/>. The key is a SHA-256 hash of the pair, so the
/// table holds neither e-mail addresses nor IP addresses.
/// </summary>
public class SignInFailure
{
    public string Key { get; set; } = "";

    public int Failures { get; set; }

    public DateTime FirstFailureUtc { get; set; }

    public DateTime? LockedUntilUtc { get; set; }
}
