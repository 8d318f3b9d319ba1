using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Employers;

namespace SendCareers.Web.Pages.Admin.Employers;

/// <summary>Every employer in the hub, waiting-for-approval first.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<(string? Value, string Text)> Filters { get; } =
    [
        (null, "All"),
        (nameof(EmployerStatus.AwaitingApproval), "Waiting for approval"),
        (nameof(EmployerStatus.AwaitingVerification), "Waiting for e-mail confirmation"),
        (nameof(EmployerStatus.Approved), "Approved"),
        (nameof(EmployerStatus.Declined), "Declined"),
    ];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    private Dictionary<EmployerStatus, int> _counts = [];

    public int CountFor(string? status) =>
        status is null ? _counts.Values.Sum() : _counts.GetValueOrDefault(Enum.Parse<EmployerStatus>(status));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // One query for the counts and the rows: the "All" view needs every row anyway, and a hub's
        // employers number in the hundreds, so counting in memory beats a second round trip.
        var all = new List<Row>();
        await foreach (var row in AllRows.For(db)(db).WithCancellation(cancellationToken))
        {
            all.Add(row);
        }

        _counts = all.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        IEnumerable<Row> shown = all;
        if (EmployerProfileValidator.TryParseEnum<EmployerStatus>(Status, out var status))
        {
            shown = all.Where(r => r.Status == status);
        }
        else
        {
            Status = null;
        }

        Rows = shown.OrderBy(e => e.Status == EmployerStatus.AwaitingApproval ? 0 : 1)
            .ThenBy(e => e.OrganisationName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Compiled once: only the columns the table shows, without re-translating the query per request.</summary>
    private static readonly PerModel<Func<AppDbContext, IAsyncEnumerable<Row>>> AllRows = new(() => EF.CompileAsyncQuery((AppDbContext context) =>
        context.Employers.AsNoTracking().Select(e => new Row(e.Id, e.OrganisationName, e.IsCornerstone, e.Status, e.Offers, e.CreatedAtUtc))));

    public sealed record Row(int Id, string OrganisationName, bool IsCornerstone, EmployerStatus Status, List<OfferKind> Offers, DateTime CreatedAtUtc);

    public static string TagClass(EmployerStatus status) => status switch
    {
        EmployerStatus.Approved => "govuk-tag--green",
        EmployerStatus.AwaitingApproval => "govuk-tag--yellow",
        EmployerStatus.Declined => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
