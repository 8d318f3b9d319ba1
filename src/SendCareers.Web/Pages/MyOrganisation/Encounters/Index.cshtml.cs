using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;

namespace SendCareers.Web.Pages.MyOrganisation.Encounters;

/// <summary>The encounters the employer's organisation hosts, with the school and the size of each group.</summary>
public class IndexModel(EncounterScope scope, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string Title, string Kind, string School, DateTime StartsAtUtc, int Group, EncounterState State);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        Rows = (await scope.ForEmployer(User).AsNoTracking()
            .OrderByDescending(e => e.StartsAtUtc)
            .Select(e => new { e.Id, e.Title, e.Kind, School = e.School!.Name, e.StartsAtUtc, Group = e.Attendees.Count, e.State })
            .Take(500)
            .ToListAsync(cancellationToken))
            .Select(e => new Row(e.Id, e.Title, EncounterQueries.KindName(e.Kind), e.School, e.StartsAtUtc, e.Group, e.State))
            .ToList();
    }
}
