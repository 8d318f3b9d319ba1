using SendCareers.Domain.Reminders;

namespace SendCareers.Web.Reminders;

/// <summary>What a calendar invite says about one placement or encounter; the rest comes from the hub.</summary>
public sealed record InviteFacts(ScheduleSubject Subject, int Sequence, DateTimeOffset Start, DateTimeOffset End, string Summary, string? Location, string? Description);
