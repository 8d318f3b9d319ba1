using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Pages.Shared.Employer;
using SendCareers.Web.Pages.Shared.NeedsYou;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation;

/// <summary>An employer contact's view of their own organisation. Scoped to the employer on their account.</summary>
public class IndexModel(AppDbContext db, TimeProvider time, PlacementScope placements, EncounterScope encounters) : PageModel
{
    public IReadOnlyList<NeedsYouItem> NeedsYou { get; private set; } = [];

    public Data.Entities.Employer Employer { get; private set; } = new();

    public EmployerSummary Summary { get; private set; } = new([]);

    public CornerstonePledge? Pledge { get; private set; }

    public string PledgeYear { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Welcome { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var employerId = User.EmployerId();
        var employer = employerId is null ? null : await db.Employers.AsNoTracking()
            .Include(e => e.Pledges)
            .SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken);
        if (employer is null)
        {
            return NotFound();
        }

        Employer = employer;
        NeedsYou = await new EmployerNeedsYou(db, placements, encounters, time).ForAsync(User, cancellationToken);
        Summary = EmployerSummary.Of(employer, _ => null);
        var year = SchoolYear.AcademicYearStarting(UkTimeZone.Today(time));
        PledgeYear = SchoolYear.AcademicYearLabel(year);
        Pledge = employer.IsCornerstone ? employer.Pledges.SingleOrDefault(p => p.AcademicYearStart == year) ?? new CornerstonePledge { AcademicYearStart = year } : null;
        return Page();
    }
}
