using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Matching;
using SendCareers.Web.Openings;

namespace SendCareers.Web.Pages.Coach.Openings;

/// <summary>
/// Every employer's openings, for job coaches and hub administrators, a page at a time in order of status,
/// employer and title, narrowed by status, kind, sector and a title or employer name.
/// </summary>
public class IndexModel(OpeningScope scope) : PageModel
{
    public const int MaxNameLength = 100;

    public sealed record Row(int Id, string Title, string Employer, OpeningKind Kind, OpeningStatus Status, int Places, int Taken, DateOnly? StartsOn);

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sector")]
    public string? SectorFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? NameFilter { get; set; }

    public OpeningStatus? Status { get; private set; }

    public OpeningKind? Kind { get; private set; }

    public Sector? Sector { get; private set; }

    public string? Name { get; private set; }

    public bool Filtered => Status is not null || Kind is not null || Sector is not null || Name is not null;

    /// <summary>How many openings are in each status, before any filter, for the status list.</summary>
    public IReadOnlyDictionary<OpeningStatus, int> StatusCounts { get; private set; } = new Dictionary<OpeningStatus, int>();

    public Paged<Row> Rows { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = FilterValues.Named<OpeningStatus>(StatusFilter);
        Kind = FilterValues.Named<OpeningKind>(KindFilter);
        Sector = FilterValues.Named<Sector>(SectorFilter);
        Name = FilterValues.Text(NameFilter, MaxNameLength);

        var openings = scope.Openings().AsNoTracking();
        StatusCounts = await openings.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (Status is { } status)
        {
            openings = openings.Where(o => o.Status == status);
        }

        if (Kind is { } kind)
        {
            openings = openings.Where(o => o.Kind == kind);
        }

        if (Sector is { } sector)
        {
            openings = openings.Where(o => o.Sector == sector);
        }

        if (Name is { } name)
        {
            var lower = name.ToLowerInvariant();
#pragma warning disable CA1862 // EF turns ToLower().Contains into SQL on both databases; the StringComparison overload has no translation.
            openings = openings.Where(o => o.Title.ToLower().Contains(lower) || o.Employer!.OrganisationName.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        Rows = await openings
            .OrderBy(o => o.Status).ThenBy(o => o.Employer!.OrganisationName.ToLower()).ThenBy(o => o.Title.ToLower()).ThenBy(o => o.Id)
            .Select(o => new Row(o.Id, o.Title, o.Employer!.OrganisationName, o.Kind, o.Status, o.Places,
                o.Placements.Count(p => MatchingData.Holding.Contains(p.State)), o.StartsOn))
            .ToPagedAsync(PageRequest.From(Request), cancellationToken);
    }
}
