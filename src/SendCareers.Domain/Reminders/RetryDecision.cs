namespace SendCareers.Domain.Reminders;

/// <summary>After a failed send: try again at <see cref="NextAttemptAt"/>, or give up and mark the message failed for a person to act on.</summary>
public sealed record RetryDecision(bool GiveUp, DateTimeOffset? NextAttemptAt)
{
    public static RetryDecision Failed { get; } = new(true, null);

    public static RetryDecision RetryAt(DateTimeOffset at) => new(false, at);
}
