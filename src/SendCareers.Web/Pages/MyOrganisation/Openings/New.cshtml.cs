using Microsoft.AspNetCore.Mvc;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Openings;

namespace SendCareers.Web.Pages.MyOrganisation.Openings;

/// <summary>An employer contact adds an opening for their own organisation.</summary>
public class NewModel(AppDbContext db, OpeningScope scope, OutcodeDirectory outcodes, TimeProvider time) : OpeningFormModel(db, scope, outcodes, time)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = OpeningForm.Blank(null);
        await LoadEmployersAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await TrySaveAsync(new Opening(), cancellationToken))
        {
            return Page();
        }

        return Redirect("/my-organisation/openings?saved=true");
    }
}
