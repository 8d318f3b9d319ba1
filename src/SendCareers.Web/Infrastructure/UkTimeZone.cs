namespace SendCareers.Web;

/// <summary>Europe/London, for showing UTC instants in UK time (GMT or BST as the date requires).</summary>
public static class UkTimeZone
{
    public static TimeZoneInfo Instance { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in the UK, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Instance).DateTime);
}
