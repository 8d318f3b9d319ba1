using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Openings;

namespace SendCareers.Web.Pages.MyOrganisation.Openings;

/// <summary>An employer contact changes one of their own openings; anyone else's is not found.</summary>
public class EditModel(AppDbContext db, OpeningScope scope, OutcodeDirectory outcodes, TimeProvider time) : OpeningFormModel(db, scope, outcodes, time)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var opening = await Scope.Openings().AsNoTracking().SingleOrDefaultAsync(o => o.Id == Id, cancellationToken);
        if (opening is null)
        {
            return NotFound();
        }

        Title = opening.Title;
        Input = OpeningInput.From(opening);
        await LoadEmployersAsync(cancellationToken, opening);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var opening = await Scope.Openings().SingleOrDefaultAsync(o => o.Id == Id, cancellationToken);
        if (opening is null)
        {
            return NotFound();
        }

        Title = opening.Title;
        if (!await TrySaveAsync(opening, cancellationToken))
        {
            return Page();
        }

        return Redirect("/my-organisation/openings?saved=true");
    }
}
