using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Placements;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>The placements of the coach's caseload (every school's, for a hub administrator), grouped by state.</summary>
public class IndexModel(PlacementScope scope, StaffNames staffNames) : PageModel
{
    public sealed record Row(int Id, string Name, string Opening, string Employer, DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    public IReadOnlyList<(PlacementState State, IReadOnlyList<Row> Rows)> Groups { get; private set; } = [];

    /// <summary>Confirmed or running placements whose job coach has left, to give to another coach.</summary>
    public IReadOnlyList<Row> CoachGone { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await scope.ForCoach().AsNoTracking()
            .OrderBy(p => p.StartsAtUtc == null).ThenBy(p => p.StartsAtUtc).ThenByDescending(p => p.ProposedAtUtc)
            .Select(p => new { p.State, p.YoungPersonId, Row = new Row(p.Id, p.YoungPerson!.PreferredName, p.Opening!.Title, p.Opening.Employer!.OrganisationName, p.StartsAtUtc, p.EndsAtUtc) })
            .Take(1000)
            .ToListAsync(cancellationToken);
        var coachGone = await scope.WithCoachGone().AsNoTracking()
            .OrderBy(p => p.StartsAtUtc)
            .Select(p => new { p.YoungPersonId, Row = new Row(p.Id, p.YoungPerson!.PreferredName, p.Opening!.Title, p.Opening.Employer!.OrganisationName, p.StartsAtUtc, p.EndsAtUtc) })
            .ToListAsync(cancellationToken);
        var names = await staffNames.ForAsync(rows.Select(r => r.YoungPersonId).Concat(coachGone.Select(r => r.YoungPersonId)), cancellationToken);
        rows = rows.Select(r => r with { Row = r.Row with { Name = names.GetValueOrDefault(r.YoungPersonId, r.Row.Name) } }).ToList();
        CoachGone = coachGone.Select(r => r.Row with { Name = names.GetValueOrDefault(r.YoungPersonId, r.Row.Name) }).ToList();
        Groups = Enum.GetValues<PlacementState>()
            .Select(s => (s, (IReadOnlyList<Row>)rows.Where(r => r.State == s).Select(r => r.Row).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
    }

    public static string Heading(PlacementState state) => state switch
    {
        PlacementState.Proposed => "Waiting for the employer",
        PlacementState.Agreed => "Agreed: to confirm",
        PlacementState.Confirmed => "Confirmed",
        PlacementState.InProgress => "In progress",
        PlacementState.Completed => "Completed",
        PlacementState.Declined => "Declined by the employer",
        PlacementState.Withdrawn => "Withdrawn",
        PlacementState.EndedEarly => "Ended early",
        _ => state.ToString(),
    };
}
