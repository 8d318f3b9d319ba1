namespace SendCareers.Domain.Retention;

/// <summary>One destination checkpoint as recorded for a leaver: when they left, and when they were asked.</summary>
public sealed record LeaverCheckpoint(DateOnly LeftOn, DateOnly CheckpointOn);
