using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Admin.Audit;

/// <summary>The append-only audit log: who viewed or changed a young person's records, newest first.</summary>
public class IndexModel(AppDbContext db, StaffNames staffNames) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public int? YoungPerson { get; set; }

    public string? PersonName { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (YoungPerson is { } id)
        {
            // A young person's log includes their placements and what was said in debriefs about them.
            var subject = id.ToString(CultureInfo.InvariantCulture);
            var placementIds = await db.Placements.Where(p => p.YoungPersonId == id).Select(p => p.Id).ToListAsync(cancellationToken);
            var debriefIds = await db.Debriefs.Where(d => d.PlacementId != null && placementIds.Contains(d.PlacementId.Value)).Select(d => d.Id).ToListAsync(cancellationToken);
            var placements = placementIds.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToList();
            var debriefs = debriefIds.Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList();
            query = query.Where(a => (a.SubjectType == AuditTrail.YoungPerson && a.SubjectId == subject)
                || (a.SubjectType == AuditTrail.Placement && placements.Contains(a.SubjectId))
                || (a.SubjectType == AuditTrail.Debrief && debriefs.Contains(a.SubjectId)));
            PersonName = await staffNames.ForAsync(id, cancellationToken);
        }

        Total = await query.CountAsync(cancellationToken);
        var events = await query.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(cancellationToken);
        var userIds = events.Select(e => e.UserId).Where(u => u is not null).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName} ({u.Email})", cancellationToken);
        Rows = events.Select(e => new Row(
            e.AtUtc,
            e.UserId is null ? "Someone not signed in" : users.GetValueOrDefault(e.UserId, "A deleted account"),
            e.Action,
            e.SubjectType,
            e.SubjectId,
            e.Detail)).ToList();
    }

    public sealed record Row(DateTime AtUtc, string Who, string Action, string SubjectType, string SubjectId, string? Detail);
}
