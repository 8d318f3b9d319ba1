namespace SendCareers.Domain.Placements.Internships;

/// <summary>Which way a job coach's direct support is going. It should fall as the intern and their colleagues take over.</summary>
public enum TaperingStatus
{
    TooEarlyToTell = 1,
    Tapering,
    Flat,
    Increasing,
}
