using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Requests;

/// <summary>The requests of the coach's school or college (every school's for a hub administrator), newest first.</summary>
public class IndexModel(AppDbContext db, Caseload caseload) : PageModel
{
    public sealed record Row(int Id, string Title, string School, RequestState State, int Invited, int Declined, string? Employer, DateTime CreatedAtUtc);

    public IReadOnlyList<Row> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var own = caseload.OwnSchoolId;
        Requests = await db.EncounterRequests.AsNoTracking()
            .Where(r => own == null || r.SchoolId == own)
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Take(100)
            .Select(r => new Row(r.Id, r.Title, r.School!.Name, r.State,
                r.Invitations.Count(i => i.InvitedAtUtc != null), r.Invitations.Count(i => i.State == InvitationState.Declined),
                r.AcceptedEmployer != null ? r.AcceptedEmployer.OrganisationName : null, r.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }
}
