using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.Accounts;

/// <summary>Asks before removing a course from a job coach's training, for one typed in error.</summary>
public class RemoveTrainingModel(AppDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string CoachName { get; private set; } = "";

    public CoachTraining Training { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        db.CoachTraining.Remove(Training);
        audit.Add("Removed job coach training", AuditTrail.Account, UserId, Training.Course);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/admin/accounts/{Uri.EscapeDataString(UserId)}/training?done=removed");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var name = await db.JobCoaches().Where(u => u.Id == UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var training = name is null ? null : await db.CoachTraining.SingleOrDefaultAsync(t => t.Id == Id && t.UserId == UserId, cancellationToken);
        if (training is null)
        {
            return false;
        }

        (CoachName, Training) = (name!, training);
        return true;
    }
}
