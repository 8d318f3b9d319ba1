using SendCareers.Domain.Placements.Encounters;

namespace SendCareers.Web.Data.Entities;

public class EncounterAttendee
{
    public int Id { get; set; }

    public int EncounterId { get; set; }

    public int YoungPersonId { get; set; }

    public YoungPerson? YoungPerson { get; set; }

    public AttendanceMark? Attendance { get; set; }

    public DateTime? RecordedAtUtc { get; set; }

    public string? RecordedByUserId { get; set; }
}
