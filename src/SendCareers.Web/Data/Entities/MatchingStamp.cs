namespace SendCareers.Web.Data.Entities;

/// <summary>
/// One row (id 1) whose <see cref="Token"/> is replaced in the same save as any change to what matching
/// reads: an opening, a placement, an employer, an employer's checks or the hub's safeguarding rules
/// (<see cref="Matching.MatchingStampKeeper"/>). Every instance of the app compares it with the token its
/// prepared openings were built under (<see cref="Matching.PreparedOpenings"/>), so a change made through
/// one instance is seen by all of them on their next request. Never written by hand.
/// </summary>
public class MatchingStamp
{
    /// <summary>The only row's id.</summary>
    public const int TheRow = 1;

    public int Id { get; set; }

    public Guid Token { get; set; }
}
