namespace SendCareers.Domain.Retention;

/// <summary>When a leaver's destination tracking ends and when their record is then due for removal.</summary>
public sealed record LeaverRetention(DateOnly LeftOn, DateOnly TrackingEndsOn, DateOnly RemoveOn)
{
    /// <summary>Due on the removal date itself and every day after it.</summary>
    public bool IsDueOn(DateOnly today) => today >= RemoveOn;
}
