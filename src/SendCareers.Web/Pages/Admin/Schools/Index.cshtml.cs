using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.Schools;

/// <summary>The hub's schools and colleges: open ones first, closed ones (with their history) below.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "school")]
    public int? DoneSchool { get; set; }

    public string? DoneMessage { get; private set; }

    public IReadOnlyList<Row> Open { get; private set; } = [];

    public IReadOnlyList<Row> Closed { get; private set; } = [];

    public sealed record Row(int Id, string Name, SchoolKind Kind, string LocalAuthority, string Postcode, string? CareersLeader, int YoungPeople, int Coaches, DateTime? ClosedAtUtc);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var coaches = db.ActiveJobCoaches();
        var rows = await db.Schools.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Kind, s.LocalAuthority, s.Postcode, s.CareersLeaderName,
                db.YoungPeople.Count(p => p.SchoolId == s.Id && p.ErasedAtUtc == null),
                coaches.Count(u => u.SchoolId == s.Id),
                s.ClosedAtUtc))
            .ToListAsync(cancellationToken);
        Open = rows.Where(r => r.ClosedAtUtc is null).ToList();
        Closed = rows.Where(r => r.ClosedAtUtc is not null).ToList();
        if (rows.FirstOrDefault(r => r.Id == DoneSchool) is { } done)
        {
            DoneMessage = Done switch
            {
                "added" => $"{done.Name} has been added.",
                "changed" => $"{done.Name} has been changed.",
                "closed" => $"{done.Name} has been closed. Its young people and history are kept.",
                "reopened" => $"{done.Name} has been reopened.",
                _ => null,
            };
        }
    }
}
