namespace SendCareers.Domain.Requests;

/// <summary>Why an employer said "not this time", kept so the next ranking asks more wisely.</summary>
public enum DeclineReason
{
    Dates = 1,
    Capacity,
    NotOurArea,
    Other,
}
