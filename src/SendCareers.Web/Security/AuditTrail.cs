using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

/// <summary>
/// Writes who looked at or changed a young person's records. Entries carry ids and a short action,
/// never the personal details themselves, and are never changed afterwards (see AppDbContext.Audit).
/// </summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public const string YoungPerson = "YoungPerson";
    public const string Placement = "Placement";
    public const string Debrief = "Debrief";

    /// <summary>A change to the hub's own settings; the subject is the hub row's id.</summary>
    public const string Hub = "Hub";

    /// <summary>A school or college added, changed, closed or reopened; the subject is its id.</summary>
    public const string School = "School";

    /// <summary>A change to how someone signs in; the subject is the account's id.</summary>
    public const string Account = "Account";

    /// <summary>Adds an entry and saves it at once (with anything else pending on the same context).</summary>
    public Task RecordAsync(string action, string subjectType, int subjectId, string? detail = null, CancellationToken cancellationToken = default) =>
        RecordAsync(action, subjectType, subjectId.ToString(System.Globalization.CultureInfo.InvariantCulture), detail, cancellationToken);

    public async Task RecordAsync(string action, string subjectType, string subjectId, string? detail = null, CancellationToken cancellationToken = default)
    {
        Add(action, subjectType, subjectId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an entry to be saved with the change it describes, in the same transaction.</summary>
    public void Add(string action, string subjectType, int subjectId, string? detail = null) =>
        Add(action, subjectType, subjectId.ToString(System.Globalization.CultureInfo.InvariantCulture), detail);

    public void Add(string action, string subjectType, string subjectId, string? detail = null)
    {
        var user = http.HttpContext?.User;
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserId = user?.UserId(),
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Detail = detail is { Length: > 500 } ? detail[..500] : detail,
        });
    }
}
