namespace SendCareers.Domain.Calendar;

/// <summary>iTIP method (RFC 5546): Request adds or updates the event in the recipient's calendar, Cancel removes it.</summary>
public enum InviteMethod
{
    Request = 1,
    Cancel,
}
