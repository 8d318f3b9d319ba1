using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Admin.Audit;

/// <summary>
/// The append-only audit log, newest first, a page at a time: who viewed or changed a young person's records,
/// narrowed to one young person, one account (by its e-mail address) or a range of days.
/// </summary>
public class IndexModel(AppDbContext db, StaffNames staffNames) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "youngPerson")]
    public string? YoungPersonFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "who")]
    public string? WhoFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToFilter { get; set; }

    public int? YoungPerson { get; private set; }

    public string? PersonName { get; private set; }

    /// <summary>The account e-mail address asked for, and whether an account has it.</summary>
    public string? Who { get; private set; }

    public bool WhoUnknown { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool FromInvalid { get; private set; }

    public bool ToInvalid { get; private set; }

    public bool Filtered => YoungPerson is not null || Who is not null || From is not null || To is not null;

    public Paged<Row> Rows { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        YoungPerson = FilterValues.Id(YoungPersonFilter);
        Who = FilterValues.Text(WhoFilter, 254);
        From = FilterValues.Date(FromFilter, out var fromInvalid);
        To = FilterValues.Date(ToFilter, out var toInvalid);
        (FromInvalid, ToInvalid) = (fromInvalid, toInvalid);

        var query = db.AuditEvents.AsNoTracking();
        if (YoungPerson is { } id)
        {
            // A young person's log includes their placements and what was said in debriefs about them: a handful
            // of ids for one person, each looked up through the subject index.
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

        if (Who is { } who)
        {
            var normalized = who.ToUpperInvariant();
            var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
            WhoUnknown = userId is null;
            query = userId is null ? query.Where(_ => false) : query.Where(a => a.UserId == userId);
        }

        if (From is { } from)
        {
            var fromUtc = FilterValues.UkDayStartUtc(from);
            query = query.Where(a => a.AtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var beforeUtc = FilterValues.UkDayStartUtc(to.AddDays(1));
            query = query.Where(a => a.AtUtc < beforeUtc);
        }

        var events = await query.OrderByDescending(a => a.Id).ToPagedAsync(PageRequest.From(Request), cancellationToken);
        var userIds = events.Items.Select(e => e.UserId).Where(u => u is not null).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName} ({u.Email})", cancellationToken);
        Rows = events.Select(e => new Row(
            e.AtUtc,
            e.UserId is null ? "Someone not signed in" : users.GetValueOrDefault(e.UserId, "A deleted account"),
            e.Action,
            e.SubjectType,
            e.SubjectId,
            e.Detail));
    }

    public sealed record Row(DateTime AtUtc, string Who, string Action, string SubjectType, string SubjectId, string? Detail);
}
