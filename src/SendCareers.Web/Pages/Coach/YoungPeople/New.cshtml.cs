using Microsoft.AspNetCore.Mvc;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

public class NewModel(AppDbContext db, Caseload caseload, OutcodeDirectory outcodes, TimeProvider time) : ProfileFormModel(db, caseload, outcodes, time)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadSchoolsAsync(cancellationToken);
        Input = new YoungPersonInput { ConsentToShareSummary = null, SchoolId = Schools.Count == 1 ? Schools[0].Value : null };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var person = new YoungPerson();
        if (!await TrySaveAsync(person, cancellationToken))
        {
            return Page();
        }

        return Redirect($"/coach/young-people/{person.Id}?saved=true");
    }
}
