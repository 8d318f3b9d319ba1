using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Requests;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation.Requests;

/// <summary>
/// Open requests from schools that the employer fits (it is in the request's ranking): those already
/// asked are waiting for the e-mailed answer; the others can offer themselves now rather than wait for their turn.
/// </summary>
public class IndexModel(AppDbContext db, RequestWorkflow workflow) : PageModel
{
    public sealed record Row(int InvitationId, string Title, string Kind, string School, string When, int Group, InvitationState State);

    public IReadOnlyList<Row> Requests { get; private set; } = [];

    [BindProperty]
    public string? InvitationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOfferAsync(CancellationToken cancellationToken)
    {
        var employerId = User.EmployerId();
        var id = int.TryParse(InvitationId, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var invitation = await db.RequestInvitations.Include(i => i.Request)
            .SingleOrDefaultAsync(i => i.Id == id && i.EmployerId == employerId, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }

        if (!await workflow.OfferAsync(invitation, cancellationToken))
        {
            await LoadAsync(cancellationToken);
            ModelState.AddModelError("", "This request has been filled or withdrawn, or you have already been asked");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect("/my-organisation/requests?done=offered");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.EmployerId() is not { } employerId)
        {
            return false;
        }

        var rows = await db.RequestInvitations.AsNoTracking()
            .Where(i => i.EmployerId == employerId && i.Request!.State == RequestState.Open && (i.State == InvitationState.Planned || i.State == InvitationState.Invited))
            .OrderBy(i => i.Request!.FirstDay).ThenBy(i => i.Id)
            .Take(50)
            .Select(i => new { i.Id, i.Request!.Title, i.Request.Kind, School = i.Request.School!.Name, i.Request.FirstDay, i.Request.LastDay, i.Request.Days, i.Request.StartTime, i.Request.EndTime, Group = i.Request.YoungPersonIds.Count, i.State })
            .ToListAsync(cancellationToken);
        Requests = [.. rows.Select(r => new Row(r.Id, r.Title, RequestText.KindName(r.Kind), r.School,
            $"{RequestText.Window(r.FirstDay, r.LastDay, r.Days)}, {RequestText.Times(r.StartTime, r.EndTime)}", r.Group, r.State))];
        return true;
    }
}
