using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Retention;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Admin.Retention;

/// <summary>The retention rule in plain words, whose records it will erase in the next 90 days, and whose it has erased.</summary>
public class IndexModel(RetentionSchedule schedule, AppDbContext db, TimeProvider time, StaffNames staffNames) : PageModel
{
    public const int DaysAhead = 90;

    public int Years => schedule.Rule.YearsAfterTrackingEnds;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<RetentionDue> Due { get; private set; } = [];

    public IReadOnlyList<ErasedRow> Erased { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = UkTimeZone.Today(time);
        Due = await schedule.DueByAsync(Today.AddDays(DaysAhead), cancellationToken);
        var dueNames = await staffNames.ForAsync(Due.Select(d => d.YoungPersonId), cancellationToken);
        Due = Due.Select(d => d with { Name = dueNames.GetValueOrDefault(d.YoungPersonId, d.Name) }).ToList();

        var entries = await db.AuditEvents.AsNoTracking()
            .Where(a => a.SubjectType == AuditTrail.YoungPerson && a.Action == PersonalRecords.ErasedByRetentionRule)
            .OrderByDescending(a => a.Id)
            .Take(500)
            .Select(a => new { a.AtUtc, a.SubjectId })
            .ToListAsync(cancellationToken);
        var ids = entries.Select(e => int.TryParse(e.SubjectId, out var id) ? id : 0).ToList();
        var schools = await db.YoungPeople.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, School = p.School!.Name })
            .ToDictionaryAsync(p => p.Id, p => p.School, cancellationToken);
        Erased = entries.Zip(ids, (e, id) => new ErasedRow(e.AtUtc, id, schools.GetValueOrDefault(id) ?? "")).ToList();
    }

    public sealed record ErasedRow(DateTime AtUtc, int YoungPersonId, string School);
}
