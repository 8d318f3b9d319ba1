using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople;

using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

public class HistoryModel(Caseload caseload, AppDbContext db, AuditTrail audit, StaffNames staffNames) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<ProfileChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var name = await caseload.YoungPeople().Where(p => p.Id == Id).Select(p => p.PreferredName).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        Name = await staffNames.ForAsync(Id, cancellationToken) ?? name;
        var changes = await db.ProfileChanges.AsNoTracking().Where(c => c.YoungPersonId == Id).ToListAsync(cancellationToken);
        Changes = changes.OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id).ToList();
        await audit.RecordAsync("Viewed profile history", AuditTrail.YoungPerson, Id, cancellationToken: cancellationToken);
        return Page();
    }
}
