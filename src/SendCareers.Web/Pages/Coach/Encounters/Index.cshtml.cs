using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>The encounters of the coach's school (every school's, for a hub administrator): coming up, past and cancelled.</summary>
public class IndexModel(EncounterScope scope, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string Title, string Kind, string Employer, DateTime StartsAtUtc, int Group, int Unmarked, EncounterState State);

    public sealed record Table(string Caption, IReadOnlyList<Row> Rows, bool ShowRegister);

    public IReadOnlyList<Row> Upcoming { get; private set; } = [];

    public IReadOnlyList<Row> Past { get; private set; } = [];

    public IReadOnlyList<Row> Cancelled { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        var rows = (await scope.ForCoach(User).AsNoTracking()
            .OrderBy(e => e.StartsAtUtc)
            .Select(e => new { e.Id, e.Title, e.Kind, e.Employer!.OrganisationName, e.StartsAtUtc, Group = e.Attendees.Count, Unmarked = e.Attendees.Count(a => a.Attendance == null), e.State })
            .Take(1000)
            .ToListAsync(cancellationToken))
            .Select(e => new Row(e.Id, e.Title, EncounterQueries.KindName(e.Kind), e.OrganisationName, e.StartsAtUtc, e.Group, e.Unmarked, e.State))
            .ToList();
        Cancelled = rows.Where(r => r.State == EncounterState.Cancelled).ToList();
        Upcoming = rows.Where(r => r.State != EncounterState.Cancelled && r.StartsAtUtc > NowUtc).ToList();
        Past = rows.Where(r => r.State != EncounterState.Cancelled && r.StartsAtUtc <= NowUtc).Reverse().ToList();
    }
}
