using SendCareers.Domain.Placements.Encounters;

namespace SendCareers.Domain.Tests.Placements;

public class EncounterAttendanceRulesTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 7, 14, 9, 0, 0, TimeSpan.Zero); // 10am BST
    private static readonly long[] Group = [11, 12, 13];

    [Fact]
    public void Marking_BeforeTheEncounterStarts_IsRefused()
    {
        var problem = EncounterAttendanceRules.ProblemWithMarking(StartsAt, Group, 11, AttendanceMark.Attended, StartsAt.AddMinutes(-1));

        Assert.Equal("You can record attendance once the encounter has started, from Tuesday 14 July 2026 at 10am.", problem);
    }

    [Fact]
    public void Marking_OnceStarted_IsAllowed()
    {
        Assert.Null(EncounterAttendanceRules.ProblemWithMarking(StartsAt, Group, 11, AttendanceMark.Excused, StartsAt));
        Assert.Null(EncounterAttendanceRules.ProblemWithMarking(StartsAt, Group, 12, AttendanceMark.Absent, StartsAt.AddDays(3)));
    }

    [Fact]
    public void Marking_SomeoneNotBooked_IsRefused()
    {
        var problem = EncounterAttendanceRules.ProblemWithMarking(StartsAt, Group, 99, AttendanceMark.Attended, StartsAt.AddHours(2));

        Assert.StartsWith("This young person was not booked", problem);
    }

    [Fact]
    public void Evidence_CountsOnlyAttendees()
    {
        var marks = new Dictionary<long, AttendanceMark>
        {
            [13] = AttendanceMark.Attended,
            [11] = AttendanceMark.Attended,
            [12] = AttendanceMark.Excused,
            [14] = AttendanceMark.Absent,
        };

        Assert.Equal([11L, 13L], EncounterAttendanceRules.Evidence(marks));
        Assert.False(AttendanceMark.Excused.CountsAsEvidence());
    }

    [Fact]
    public void Unmarked_ListsBookedYoungPeopleWithoutAMark()
    {
        var marks = new Dictionary<long, AttendanceMark> { [12] = AttendanceMark.Absent };

        Assert.Equal([11L, 13L], EncounterAttendanceRules.Unmarked(Group, marks));
    }
}
