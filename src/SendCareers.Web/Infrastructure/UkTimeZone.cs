namespace SendCareers.Web;

/// <summary>Europe/London, for showing UTC instants in UK time (GMT or BST as the date requires).</summary>
public static class UkTimeZone
{
    public static TimeZoneInfo Instance { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
