namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// Where an Access to Work claim stands. Access to Work (DWP) can pay for a job coach in a supported
/// internship and in the job after it, so it is recorded whether or not a job was offered.
/// </summary>
public enum AccessToWorkStatus
{
    NotNeeded = 1,
    ToApply,
    Applied,
    Approved,
    Refused,
}
