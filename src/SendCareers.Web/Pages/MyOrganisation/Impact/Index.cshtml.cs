using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data;
using SendCareers.Web.Evidence;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation.Impact;

/// <summary>"What your hours did": the employer's own impact this academic year.</summary>
public class IndexModel(AppDbContext db, HubReports reports, TimeProvider time) : PageModel
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
