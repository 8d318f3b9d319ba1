using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data;
using SendCareers.Web.Evidence;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation.Impact;

/// <summary>A one-page thank-you for the year, to print or save as a PDF from the browser (the print stylesheet drops the site furniture).</summary>
public class ThankYouModel(AppDbContext db, HubReports reports, TimeProvider time) : PageModel
{
    public ImpactFigures Figures { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.EmployerId() is not { } employerId || await ImpactFigures.ForAsync(db, reports, employerId, UkTimeZone.Today(time), cancellationToken) is not { } figures)
        {
            return NotFound();
        }

        Figures = figures;
        return Page();
    }
}
