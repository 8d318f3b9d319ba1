namespace SendCareers.Domain.Reminders;

/// <summary>The placement, encounter or check a message is about, by the web layer's id. Written "placement:42".</summary>
public sealed record ScheduleSubject(SubjectKind Kind, long Id)
{
    public static ScheduleSubject Placement(long id) => new(SubjectKind.Placement, id);

    public static ScheduleSubject Encounter(long id) => new(SubjectKind.Encounter, id);

    public static ScheduleSubject Check(long id) => new(SubjectKind.Check, id);

    public override string ToString() => Kind switch
    {
        SubjectKind.Placement => $"placement:{Id}",
        SubjectKind.Encounter => $"encounter:{Id}",
        SubjectKind.Check => $"check:{Id}",
        _ => throw new InvalidOperationException($"Unknown subject kind {Kind}."),
    };
}
