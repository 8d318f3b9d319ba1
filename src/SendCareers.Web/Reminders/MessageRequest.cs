namespace SendCareers.Web.Reminders;

/// <summary>A message to schedule: what, to whom, about what (by id), and when.</summary>
public sealed record MessageRequest(
    string Kind,
    string DedupeKey,
    string RecipientEmail,
    string? RecipientName,
    string SubjectType,
    long SubjectId,
    DateTime DueAtUtc);
