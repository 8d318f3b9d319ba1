namespace SendCareers.Domain.Placements.Encounters;

/// <summary>
/// What happened for one young person booked on an encounter. Excused (ill, a hospital appointment)
/// is kept apart from Absent so no-show figures are fair to the young person and to the employer.
/// </summary>
public enum AttendanceMark
{
    Attended = 1,
    Absent,
    Excused,
}

public static class AttendanceMarkExtensions
{
    /// <summary>Only being there counts towards Gatsby Benchmark 5 or 6.</summary>
    public static bool CountsAsEvidence(this AttendanceMark mark) => mark == AttendanceMark.Attended;
}
