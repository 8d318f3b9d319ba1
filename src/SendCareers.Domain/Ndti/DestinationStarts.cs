namespace SendCareers.Domain.Ndti;

/// <summary>
/// Turns destination checkpoints into starts. A checkpoint is a start only when the destination changed
/// since that person's previous checkpoint: the same job seen at three yearly checkpoints is one start.
/// </summary>
public static class DestinationStarts
{
    public static IReadOnlyList<NdtiActivity> From(IEnumerable<DestinationRecord> records)
    {
        var starts = new List<NdtiActivity>();
        foreach (var person in records.GroupBy(r => r.PersonId))
        {
            DestinationKind? previous = null;
            foreach (var record in person.OrderBy(r => r.CheckpointOn))
            {
                if (record.Kind != previous && ActivityFor(record.Kind) is { } kind)
                {
                    starts.Add(new NdtiActivity(record.PersonId, record.CheckpointOn, kind, record.PaidHoursPerWeek));
                }

                previous = record.Kind;
            }
        }

        return starts;
    }

    public static NdtiActivityKind? ActivityFor(DestinationKind kind) => kind switch
    {
        DestinationKind.SupportedInternship => NdtiActivityKind.SupportedInternship,
        DestinationKind.Apprenticeship => NdtiActivityKind.Apprenticeship,
        DestinationKind.PaidEmployment or DestinationKind.SupportedEmployment or DestinationKind.SelfEmployment => NdtiActivityKind.PaidJob,
        _ => null,
    };
}
