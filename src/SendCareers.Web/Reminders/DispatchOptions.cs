namespace SendCareers.Web.Reminders;

/// <summary>Bound from "Dispatch". Defaults suit one hub; the scale-out tests shorten the lease.</summary>
public sealed class DispatchOptions
{
    /// <summary>How many due messages one claim takes; they share one SMTP connection.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long a claim lasts before another instance may take the message over.</summary>
    public int ClaimLeaseSeconds { get; set; } = 300;

    /// <summary>Hangfire cron for the recurring dispatcher (seconds field allowed).</summary>
    public string Cron { get; set; } = "*/15 * * * * *";

    /// <summary>This instance's name in claims. Must differ between instances sharing a database.</summary>
    public string? InstanceId { get; set; }
}
