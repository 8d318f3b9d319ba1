namespace SendCareers.Domain.Calendar;

/// <summary>
/// One event in someone's calendar feed. A feed is fetched by calendar apps and kept on phones and in
/// cloud calendars, so the caller writes text that names no young person: the employer, the kind of
/// activity, how many are going, and a link to the signed-in page for the rest.
/// </summary>
public sealed record FeedEvent(string Uid, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Summary)
{
    public string? Location { get; init; }

    public string? Description { get; init; }

    /// <summary>The signed-in page with the details, e.g. the placement's page.</summary>
    public Uri? Link { get; init; }

    /// <summary>Agreed but not yet confirmed: shown as tentative.</summary>
    public bool Tentative { get; init; }
}

/// <summary>A person's own calendar of placements and encounters, published for a calendar app to subscribe to.</summary>
public sealed record CalendarFeed(string Name, IReadOnlyList<FeedEvent> Events)
{
    /// <summary>How often calendar apps are asked to fetch the feed again.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(1);
}
