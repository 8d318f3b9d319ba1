using Microsoft.AspNetCore.Mvc;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Openings;

namespace SendCareers.Web.Pages.Coach.Openings;

/// <summary>A job coach or hub administrator adds an opening on an approved employer's behalf.</summary>
public class NewModel(AppDbContext db, OpeningScope scope, OutcodeDirectory outcodes, TimeProvider time) : OpeningFormModel(db, scope, outcodes, time)
{
    [BindProperty(SupportsGet = true)]
    public int? Employer { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = OpeningForm.Blank(Employer?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await LoadEmployersAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var opening = new Opening();
        if (!await TrySaveAsync(opening, cancellationToken))
        {
            return Page();
        }

        return Redirect($"/coach/openings/{opening.Id}?saved=true");
    }
}
