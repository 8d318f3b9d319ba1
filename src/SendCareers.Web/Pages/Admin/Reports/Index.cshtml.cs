using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Evidence;
using SendCareers.Web.Data;
using SendCareers.Web.Evidence;

namespace SendCareers.Web.Pages.Admin.Reports;

/// <summary>Hub reports, for one school or the whole hub: Benchmark 5 and 6 coverage, cornerstone hours, sectors, debriefs, destinations.</summary>
public class IndexModel(AppDbContext db, HubReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? School { get; set; }

    public string? SchoolName { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public HubReport Report { get; private set; } = null!;

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Closed schools and colleges stay in the list only where they have young people to report on.
        Schools = (await db.Schools.AsNoTracking()
                .Where(s => s.ClosedAtUtc == null || db.YoungPeople.Any(p => p.SchoolId == s.Id))
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, Closed = s.ClosedAtUtc != null }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Closed ? $"{s.Name} (closed)" : s.Name)).ToList();
        if (School is { } id)
        {
            SchoolName = await db.Schools.Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
            if (SchoolName is null)
            {
                return NotFound();
            }
        }

        Report = await reports.BuildAsync(School, cancellationToken);
        var c = Report.Coverage;
        Charts =
        [
            BarChart.Percentages("bm5", $"Benchmark 5: met an employer in {Report.Year}", "Percentage of young people who met an employer this academic year: "
                + string.Join("; ", c.Select(r => $"{r.Group} {CoverageRow.Percent(r.MetAnEmployerThisYear, r.YoungPeople)}%")) + ".",
                c.Select(r => new Bar(r.Group, CoverageRow.Percent(r.MetAnEmployerThisYear, r.YoungPeople), $"{CoverageRow.Percent(r.MetAnEmployerThisYear, r.YoungPeople)}%"))),
            BarChart.Percentages("bm6", "Benchmark 6: aged 16 or over with a workplace experience by 16", "Percentage of young people aged 16 or over who had experienced a workplace by 16: "
                + string.Join("; ", c.Select(r => $"{r.Group} {CoverageRow.Percent(r.WorkplaceBy16, r.AgedSixteenOrOver)}%")) + ".",
                c.Select(r => new Bar(r.Group, CoverageRow.Percent(r.WorkplaceBy16, r.AgedSixteenOrOver), $"{CoverageRow.Percent(r.WorkplaceBy16, r.AgedSixteenOrOver)}%"))),
            BarChart.Counts("sectors", "Placements by sector", "Number of confirmed, under way and completed placements in each sector: "
                + string.Join("; ", Report.Sectors.Counts.Select(s => $"{EnumLabels.For(s.Sector)} {s.Count}")) + ".",
                Report.Sectors.Counts.Select(s => new Bar(EnumLabels.For(s.Sector), s.Count, s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        ];
        return Page();
    }
}
