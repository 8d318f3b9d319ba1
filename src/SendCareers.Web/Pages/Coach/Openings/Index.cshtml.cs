using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Matching;
using SendCareers.Web.Openings;

namespace SendCareers.Web.Pages.Coach.Openings;

/// <summary>Every employer's openings, for job coaches and hub administrators, filtered by status.</summary>
public class IndexModel(OpeningScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(string Value, string Text, int Count)> Filters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await scope.Openings().AsNoTracking()
            .Select(o => new Row(o.Id, o.Title, o.Employer!.OrganisationName, o.Kind, o.Status, o.Places,
                o.Placements.Count(p => MatchingData.Holding.Contains(p.State)), o.StartsOn))
            .ToListAsync(cancellationToken);
        Filters =
        [
            ("", "All", all.Count),
            .. Enum.GetValues<OpeningStatus>().Select(s => (s.ToString(), EnumLabels.For(s), all.Count(r => r.Status == s))),
        ];
        var filter = EmployerProfileValidator.TryParseEnum<OpeningStatus>(Status, out var status) ? status : (OpeningStatus?)null;
        if (filter is null)
        {
            Status = "";
        }

        Rows = all.Where(r => filter is null || r.Status == filter)
            .OrderBy(r => r.Status).ThenBy(r => r.Employer, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public sealed record Row(int Id, string Title, string Employer, OpeningKind Kind, OpeningStatus Status, int Places, int Taken, DateOnly? StartsOn);
}
