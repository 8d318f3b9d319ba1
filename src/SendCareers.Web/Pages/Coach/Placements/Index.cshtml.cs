using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// The placements of the coach's caseload (every school's, for a hub administrator), a page at a time in order of
/// state, grouped by state, narrowed by state, school and start date.
/// </summary>
public class IndexModel(PlacementScope scope, StaffNames staffNames, AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Opening, string Employer, DateTime? StartsAtUtc, DateTime? EndsAtUtc);

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? StateFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "school")]
    public string? SchoolFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToFilter { get; set; }

    public PlacementState? State { get; private set; }

    public int? SchoolId { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool FromInvalid { get; private set; }

    public bool ToInvalid { get; private set; }

    public bool Filtered => State is not null || SchoolId is not null || From is not null || To is not null;

    public bool ShowSchool { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    /// <summary>The rows on this page, with their state.</summary>
    public Paged<(PlacementState State, Row Row)> Listed { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    /// <summary>This page's rows grouped by state, each with how many the whole filtered list holds in that state.</summary>
    public IReadOnlyList<(PlacementState State, int Total, IReadOnlyList<Row> Rows)> Groups { get; private set; } = [];

    /// <summary>Confirmed or running placements whose job coach has left, to give to another coach.</summary>
    public IReadOnlyList<Row> CoachGone { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ShowSchool = User.IsHubAdmin();
        State = FilterValues.Named<PlacementState>(StateFilter);
        SchoolId = ShowSchool ? FilterValues.Id(SchoolFilter) : null;
        From = FilterValues.Date(FromFilter, out var fromInvalid);
        To = FilterValues.Date(ToFilter, out var toInvalid);
        (FromInvalid, ToInvalid) = (fromInvalid, toInvalid);
        if (ShowSchool)
        {
            Schools = (await db.Schools.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.Name)).ToList();
        }

        var query = scope.ForCoach().AsNoTracking();
        if (State is { } state)
        {
            query = query.Where(p => p.State == state);
        }

        if (SchoolId is { } schoolId)
        {
            query = query.Where(p => p.YoungPerson!.SchoolId == schoolId);
        }

        if (From is { } from)
        {
            var fromUtc = FilterValues.UkDayStartUtc(from);
            query = query.Where(p => p.StartsAtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var beforeUtc = FilterValues.UkDayStartUtc(to.AddDays(1));
            query = query.Where(p => p.StartsAtUtc < beforeUtc);
        }

        var totals = await query.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var page = await query
            .OrderBy(p => p.State).ThenBy(p => p.StartsAtUtc == null).ThenBy(p => p.StartsAtUtc).ThenByDescending(p => p.ProposedAtUtc).ThenBy(p => p.Id)
            .Select(p => new { p.State, p.YoungPersonId, Row = new Row(p.Id, p.YoungPerson!.PreferredName, p.Opening!.Title, p.Opening.Employer!.OrganisationName, p.StartsAtUtc, p.EndsAtUtc) })
            .ToPagedAsync(PageRequest.From(Request), cancellationToken);
        var coachGone = await scope.WithCoachGone().AsNoTracking()
            .OrderBy(p => p.StartsAtUtc).ThenBy(p => p.Id)
            .Select(p => new { p.YoungPersonId, Row = new Row(p.Id, p.YoungPerson!.PreferredName, p.Opening!.Title, p.Opening.Employer!.OrganisationName, p.StartsAtUtc, p.EndsAtUtc) })
            .ToListAsync(cancellationToken);
        var names = await staffNames.ForAsync(page.Items.Select(r => r.YoungPersonId).Concat(coachGone.Select(r => r.YoungPersonId)), cancellationToken);
        Listed = page.Select(r => (r.State, r.Row with { Name = names.GetValueOrDefault(r.YoungPersonId, r.Row.Name) }));
        CoachGone = coachGone.Select(r => r.Row with { Name = names.GetValueOrDefault(r.YoungPersonId, r.Row.Name) }).ToList();
        Groups = Listed.Items.GroupBy(r => r.State)
            .Select(g => (g.Key, totals.GetValueOrDefault(g.Key), (IReadOnlyList<Row>)g.Select(r => r.Row).ToList()))
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
