using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Web.Placements;

namespace SendCareers.Web.Pages.MyOrganisation.Placements;

/// <summary>Placements proposed for, or agreed with, the signed-in employer's own openings.</summary>
public class IndexModel(PlacementScope scope) : PageModel
{
    public sealed record Row(int Id, string FirstName, string Opening, PlacementState State, DateTime? StartsAtUtc);

    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    public IReadOnlyList<Row> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await scope.ForEmployer(User).AsNoTracking()
            .OrderByDescending(p => p.ProposedAtUtc)
            .Select(p => new { p.Id, p.YoungPerson!.PreferredName, p.Opening!.Title, p.State, p.StartsAtUtc })
            .Take(500)
            .ToListAsync(cancellationToken);
        var all = rows.Select(r => new Row(r.Id, PersonName.FirstName(r.PreferredName), r.Title, r.State, r.StartsAtUtc)).ToList();
        Waiting = all.Where(r => r.State == PlacementState.Proposed).ToList();
        Others = all.Where(r => r.State != PlacementState.Proposed).ToList();
    }

    public static string StateText(PlacementState state) => state switch
    {
        PlacementState.Proposed => "Waiting for your answer",
        PlacementState.Agreed => "You accepted: the job coach will confirm the dates",
        PlacementState.Confirmed => "Confirmed",
        PlacementState.InProgress => "In progress",
        PlacementState.Completed => "Completed",
        PlacementState.Declined => "You declined",
        PlacementState.Withdrawn => "Withdrawn by the school or college",
        PlacementState.EndedEarly => "Ended early",
        _ => state.ToString(),
    };
}
