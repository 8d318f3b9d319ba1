using SendCareers.Domain.Retention;

namespace SendCareers.Web.Retention;

/// <summary>One leaver not yet erased, with the dates the retention rule gives them.</summary>
public sealed record RetentionDue(int YoungPersonId, string Name, string School, LeaverRetention Retention);
