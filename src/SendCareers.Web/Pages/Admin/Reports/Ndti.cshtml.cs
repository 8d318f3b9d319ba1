using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Exports;
using SendCareers.Domain.Ndti;
using SendCareers.Web.Data;
using SendCareers.Web.Evidence;

namespace SendCareers.Web.Pages.Admin.Reports;

/// <summary>
/// The NDTi Employment Pathways self-assessment as far as the hub's records can fill it: Section 1 computed
/// for five academic years, and evidence beside the Section 2 statements the records speak to.
/// </summary>
public class NdtiModel(AppDbContext db, NdtiData ndti, HubReports reports, TimeProvider time) : PageModel
{
    /// <summary>How the calculator places people in years (see <see cref="NdtiSection1Calculator"/>), in one plain sentence.</summary>
    public const string CountingRule = "Each school year counts young people aged 14 to 25 on 1 September who had an EHCP at any time in that year, and counts their work experience under the school or college they were at when it started.";

    [BindProperty(SupportsGet = true)]
    public int? School { get; set; }

    public string? SchoolName { get; private set; }

    public NdtiSection1 Section1 { get; private set; } = null!;

    public IReadOnlyList<Section2Evidence> Section2 { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Section2 = await reports.Section2Async(Section1, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var table = new CsvTable(["Measure", .. Section1.YearLabels]);
        foreach (var row in Section1.Rows)
        {
            table.Row([row.Label, .. row.Figures.Select(f => f.Display)]);
        }

        return File(table.ToBytes(), "text/csv; charset=utf-8", CsvExports.FileName("ndti-section-1", UkTimeZone.Today(time)));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (School is { } id)
        {
            SchoolName = await db.Schools.Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
            if (SchoolName is null)
            {
                return false;
            }
        }

        Section1 = await ndti.Section1Async(School, cancellationToken);
        return true;
    }
}
