namespace SendCareers.Web.Reminders;

/// <summary>
/// When to try again after an SMTP failure: 1, 5, 15, 60 then 240 minutes. Together they ride out
/// a mail server that is down for more than five hours before a message is marked failed.
/// </summary>
public static class RetrySchedule
{
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(60),
        TimeSpan.FromMinutes(240),
    ];

    public static TimeSpan After(int attempts) => Delays[Math.Clamp(attempts - 1, 0, Delays.Length - 1)];
}
