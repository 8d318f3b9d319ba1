using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

public class EditModel(AppDbContext db, Caseload caseload, OutcodeDirectory outcodes, TimeProvider time, StaffNames staffNames) : ProfileFormModel(db, caseload, outcodes, time)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string Name { get; private set; } = "";

    public override bool AsksForEffectiveFrom => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var person = await Caseload.YoungPeople().AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Name = await staffNames.ForAsync(person.Id, cancellationToken) ?? person.PreferredName;
        Input = YoungPersonInput.From(person);
        Input.EffectiveFrom = DateInput.From(Today);
        await LoadSchoolsAsync(cancellationToken, person.SchoolId);
        await HttpContext.RequestServices.GetRequiredService<AuditTrail>().RecordAsync("Opened profile to change", AuditTrail.YoungPerson, person.Id, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var person = await Caseload.YoungPeople().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Name = await staffNames.ForAsync(person.Id, cancellationToken) ?? person.PreferredName;
        if (!await TrySaveAsync(person, cancellationToken))
        {
            return Page();
        }

        return Redirect($"/coach/young-people/{person.Id}?saved=true");
    }
}
