using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Openings;

namespace SendCareers.Web.Pages.Coach.Openings;

/// <summary>A job coach or hub administrator changes an opening.</summary>
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

        return Redirect($"/coach/openings/{opening.Id}?saved=true");
    }
}
