using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Requests;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Requests;

/// <summary>
/// One request as the coach follows it: who was invited and why, who declined and why, who accepted and
/// the encounter it became. An open request can be withdrawn; everyone invited is told.
/// </summary>
public class DetailsModel(AppDbContext db, Caseload caseload, RequestWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public EncounterRequest Ask { get; private set; } = default!;

    public string School { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await workflow.WithdrawAsync(Ask, Version, cancellationToken))
        {
            await LoadAsync(cancellationToken);
            ModelState.AddModelError("", Ask.State == RequestState.Open
                ? "Someone else changed this request since you opened it: check it below and try again"
                : "This request has already been accepted or withdrawn, so it cannot be withdrawn now");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/coach/requests/{Id}?done=withdrawn");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var own = caseload.OwnSchoolId;
        var request = await db.EncounterRequests
            .Include(r => r.School)
            .Include(r => r.AcceptedEmployer)
            .Include(r => r.Invitations.OrderBy(i => i.Rank)).ThenInclude(i => i.Employer)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == Id && (own == null || r.SchoolId == own), cancellationToken);
        if (request is null)
        {
            return false;
        }

        Ask = request;
        School = request.School!.Name;
        return true;
    }
}
