namespace SendCareers.Domain.Reminders;

/// <summary>
/// What to do with the stored messages after a change. Cancel the unsent rows in <see cref="ToCancel"/>;
/// insert <see cref="ToAdd"/> and <see cref="ChangeNotices"/> (upserting on the dedupe key, as a key
/// cancelled earlier can come back when dates are changed back).
/// </summary>
public sealed record ReplanResult(
    ChangeReasons Reasons,
    IReadOnlyList<PlannedMessage> ToCancel,
    IReadOnlyList<PlannedMessage> ToAdd,
    IReadOnlyList<PlannedMessage> ChangeNotices)
{
    public bool IsEmpty => ToCancel.Count == 0 && ToAdd.Count == 0 && ChangeNotices.Count == 0;
}
