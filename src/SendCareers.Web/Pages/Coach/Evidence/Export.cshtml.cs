using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Exports;
using SendCareers.Web.Evidence;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Evidence;

/// <summary>A school's own downloads, for its careers tracking: only its own young people.</summary>
public class ExportModel(Caseload caseload, CsvExports exports, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        CsvTable? table = name switch
        {
            "encounters" => await exports.EncountersAsync(caseload.YoungPeople(), cancellationToken),
            "placements" => await exports.PlacementsAsync(caseload.Placements(), cancellationToken),
            _ => null,
        };
        return table is null ? NotFound() : File(table.ToBytes(), "text/csv; charset=utf-8", CsvExports.FileName(name, UkTimeZone.Today(time)));
    }
}
