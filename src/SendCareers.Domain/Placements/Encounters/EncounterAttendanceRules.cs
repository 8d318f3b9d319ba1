using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Placements.Encounters;

/// <summary>
/// Rules for the register of an encounter: a talk, visit or mock interviews for a group of young people.
/// The group is booked in advance and marked afterwards; only those marked as attended gain evidence.
/// Young people are identified by the web layer's ids.
/// </summary>
public static class EncounterAttendanceRules
{
    /// <summary>
    /// Null when the mark may be recorded, otherwise the reason it may not. Marking opens when the
    /// encounter starts: before then nobody can know who came. Marks may be corrected at any time after.
    /// </summary>
    public static string? ProblemWithMarking(
        DateTimeOffset encounterStartsAt,
        IReadOnlyCollection<long> bookedYoungPeople,
        long youngPersonId,
        AttendanceMark mark,
        DateTimeOffset now)
    {
        if (now < encounterStartsAt)
        {
            return $"You can record attendance once the encounter has started, from {UkTime.Format(encounterStartsAt)}.";
        }

        if (!bookedYoungPeople.Contains(youngPersonId))
        {
            return "This young person was not booked on this encounter. Add them to the group first.";
        }

        return Enum.IsDefined(mark) ? null : "Select attended, absent or excused";
    }

    /// <summary>The young people whose attendance counts as evidence, in id order.</summary>
    public static IReadOnlyList<long> Evidence(IReadOnlyDictionary<long, AttendanceMark> marks) =>
        marks.Where(m => m.Value.CountsAsEvidence()).Select(m => m.Key).Order().ToList();

    /// <summary>Booked young people with no mark yet: the register is finished when this is empty.</summary>
    public static IReadOnlyList<long> Unmarked(IReadOnlyCollection<long> bookedYoungPeople, IReadOnlyDictionary<long, AttendanceMark> marks) =>
        bookedYoungPeople.Where(id => !marks.ContainsKey(id)).Distinct().Order().ToList();
}
