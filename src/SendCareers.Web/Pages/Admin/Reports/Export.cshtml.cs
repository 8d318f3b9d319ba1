using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Exports;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Evidence;

namespace SendCareers.Web.Pages.Admin.Reports;

/// <summary>The hub's CSV downloads. Columns are listed in docs/exports.md.</summary>
public class ExportModel(AppDbContext db, CsvExports exports, HubReports reports, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        CsvTable? table = name switch
        {
            "encounters" => await exports.EncountersAsync(db.YoungPeople.Where(p => p.ErasedAtUtc == null), cancellationToken),
            "placements" => await exports.PlacementsAsync(db.Placements.Where(p => p.YoungPerson!.ErasedAtUtc == null), cancellationToken),
            "employers" => await exports.EmployersAsync(await reports.DeliveredAsync(SchoolYear.AcademicYearStarting(UkTimeZone.Today(time)), cancellationToken), cancellationToken),
            "debriefs" => await exports.DebriefsAsync(cancellationToken),
            _ => null,
        };
        return table is null ? NotFound() : File(table.ToBytes(), "text/csv; charset=utf-8", CsvExports.FileName(name, UkTimeZone.Today(time)));
    }
}
