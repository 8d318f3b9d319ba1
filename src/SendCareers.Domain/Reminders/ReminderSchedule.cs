namespace SendCareers.Domain.Reminders;

/// <summary>
/// What the planner needs to know about one placement or encounter. Times are UTC instants: the start
/// of the first session and the end of the last. <see cref="Place"/> is only compared, to notice a move
/// (an address or a place id will do). <see cref="Sequence"/> is the calendar invite's SEQUENCE: increase
/// it whenever dates or place change, so change notices and the updated invite share one revision.
/// </summary>
public sealed record ReminderSchedule(
    ScheduleSubject Subject,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<Recipient> Recipients,
    string? Place = null,
    int Sequence = 0)
{
    /// <summary>When each supported-internship rotation ends; each gets its own employer and Easy Read debrief.</summary>
    public IReadOnlyList<RotationEnd> RotationEnds { get; init; } = [];
}
