using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Infrastructure.Paging;

namespace SendCareers.Web.Pages.Admin.Employers;

/// <summary>
/// Every employer in the hub, waiting-for-approval first then by name, a page at a time, narrowed by name or
/// contact, status, cornerstone and sector.
/// </summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public const int MaxNameLength = 100;

    /// <summary>The statuses in the order the filter offers them, with the words an administrator reads.</summary>
    public static readonly IReadOnlyList<(EmployerStatus Status, string Text)> StatusOptions =
    [
        (EmployerStatus.AwaitingApproval, "Waiting for approval"),
        (EmployerStatus.AwaitingVerification, "Waiting for e-mail confirmation"),
        (EmployerStatus.Approved, "Approved"),
        (EmployerStatus.Declined, "Declined"),
    ];

    public sealed record Row(int Id, string OrganisationName, bool IsCornerstone, EmployerStatus Status, List<OfferKind> Offers, DateTime CreatedAtUtc);

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? NameFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "cornerstone")]
    public string? CornerstoneFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sector")]
    public string? SectorFilter { get; set; }

    public string? Name { get; private set; }

    public EmployerStatus? Status { get; private set; }

    public bool? Cornerstone { get; private set; }

    public Sector? Sector { get; private set; }

    public bool Filtered => Name is not null || Status is not null || Cornerstone is not null || Sector is not null;

    /// <summary>How many employers are in each status, before any filter.</summary>
    public IReadOnlyDictionary<EmployerStatus, int> StatusCounts { get; private set; } = new Dictionary<EmployerStatus, int>();

    public Paged<Row> Rows { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Name = FilterValues.Text(NameFilter, MaxNameLength);
        Status = FilterValues.Named<EmployerStatus>(StatusFilter);
        Cornerstone = CornerstoneFilter switch { "yes" => true, "no" => false, _ => null };
        Sector = FilterValues.Named<Sector>(SectorFilter);

        var employers = db.Employers.AsNoTracking();
        StatusCounts = await employers.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (Name is { } name)
        {
            var lower = name.ToLowerInvariant();
#pragma warning disable CA1862 // EF turns ToLower().Contains into SQL on both databases; the StringComparison overload has no translation.
            employers = employers.Where(e => e.OrganisationName.ToLower().Contains(lower)
                || e.ContactName.ToLower().Contains(lower) || e.ContactEmail.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        if (Status is { } status)
        {
            employers = employers.Where(e => e.Status == status);
        }

        if (Cornerstone is { } cornerstone)
        {
            employers = employers.Where(e => e.IsCornerstone == cornerstone);
        }

        if (Sector is { } sector)
        {
            employers = employers.Where(e => e.Sectors.Contains(sector));
        }

        Rows = await employers
            .OrderBy(e => e.Status == EmployerStatus.AwaitingApproval ? 0 : 1).ThenBy(e => e.OrganisationName.ToLower()).ThenBy(e => e.Id)
            .Select(e => new Row(e.Id, e.OrganisationName, e.IsCornerstone, e.Status, e.Offers, e.CreatedAtUtc))
            .ToPagedAsync(PageRequest.From(Request), cancellationToken);
    }

    public static string TagClass(EmployerStatus status) => status switch
    {
        EmployerStatus.Approved => "govuk-tag--green",
        EmployerStatus.AwaitingApproval => "govuk-tag--yellow",
        EmployerStatus.Declined => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
