using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Infrastructure.Paging;

namespace SendCareers.Web.Pages.Public;

/// <summary>
/// Approved employers who agreed to be listed, cornerstone first then by name, a page at a time, narrowed by
/// name and kind of work: organisation details only, never a person's.
/// </summary>
public class OurEmployersModel(AppDbContext db, HubInfo hub) : PageModel
{
    public const int MaxNameLength = 100;

    public sealed record Card(string OrganisationName, bool IsCornerstone, List<Sector> Sectors, List<OfferKind> Offers, DisabilityConfidentLevel DisabilityConfident);

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? NameFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sector")]
    public string? SectorFilter { get; set; }

    public string? Name { get; private set; }

    public Sector? Sector { get; private set; }

    public bool Filtered => Name is not null || Sector is not null;

    public Paged<Card> Employers { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    /// <summary>How many of the listed employers (all of them, not just those filtered) are cornerstone.</summary>
    public int ListedCount { get; private set; }

    public int CornerstoneCount { get; private set; }

    public string HubName => hub.Current.Name;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Name = FilterValues.Text(NameFilter, MaxNameLength);
        Sector = FilterValues.Named<Sector>(SectorFilter);
        var listed = db.Employers.AsNoTracking().Where(e => e.Status == EmployerStatus.Approved && e.ListPublicly);
        var counts = await listed.GroupBy(e => e.IsCornerstone).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        ListedCount = counts.Sum(c => c.Count);
        CornerstoneCount = counts.Where(c => c.Key).Sum(c => c.Count);
        if (Name is { } name)
        {
            var lower = name.ToLowerInvariant();
#pragma warning disable CA1862 // EF turns ToLower().Contains into SQL on both databases; the StringComparison overload has no translation.
            listed = listed.Where(e => e.OrganisationName.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        if (Sector is { } sector)
        {
            listed = listed.Where(e => e.Sectors.Contains(sector));
        }

        Employers = await listed
            .OrderByDescending(e => e.IsCornerstone).ThenBy(e => e.OrganisationName.ToLower()).ThenBy(e => e.Id)
            .Select(e => new Card(e.OrganisationName, e.IsCornerstone, e.Sectors, e.Offers, e.DisabilityConfident))
            .ToPagedAsync(PageRequest.From(Request), cancellationToken);
    }
}
