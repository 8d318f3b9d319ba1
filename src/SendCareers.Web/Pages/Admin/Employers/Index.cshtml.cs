using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
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

    public IReadOnlyList<Data.Entities.Employer> Rows { get; private set; } = [];

    private Dictionary<EmployerStatus, int> _counts = [];

    public int CountFor(string? status) =>
        status is null ? _counts.Values.Sum() : _counts.GetValueOrDefault(Enum.Parse<EmployerStatus>(status));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        _counts = await db.Employers.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var query = db.Employers.AsNoTracking();
        if (EmployerProfileValidator.TryParseEnum<EmployerStatus>(Status, out var status))
        {
            query = query.Where(e => e.Status == status);
        }
        else
        {
            Status = null;
        }

        var rows = await query.ToListAsync(cancellationToken);
        Rows = rows.OrderBy(e => e.Status == EmployerStatus.AwaitingApproval ? 0 : 1)
            .ThenBy(e => e.OrganisationName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static string TagClass(EmployerStatus status) => status switch
    {
        EmployerStatus.Approved => "govuk-tag--green",
        EmployerStatus.AwaitingApproval => "govuk-tag--yellow",
        EmployerStatus.Declined => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
