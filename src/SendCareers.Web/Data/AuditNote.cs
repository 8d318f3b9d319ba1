namespace SendCareers.Web.Data;

/// <summary>The audit entry a guarded change writes in its own transaction; who and when come from the request.</summary>
public sealed record AuditNote(string Action, string SubjectType, int SubjectId, string? Detail = null);
