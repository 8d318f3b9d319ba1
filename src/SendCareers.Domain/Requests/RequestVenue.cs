namespace SendCareers.Domain.Requests;

/// <summary>Where a school's request would take place.</summary>
public enum RequestVenue
{
    AtSchool = 1,
    AtWorkplace,
    Online,
}
