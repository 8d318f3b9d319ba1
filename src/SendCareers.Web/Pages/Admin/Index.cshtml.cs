using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Pages.Admin;

/// <summary>The hub administrator's starting page: what needs attention.</summary>
public class IndexModel(AppDbContext db, HubInfo hub) : PageModel
{
    public string HubName { get; private set; } = "";

    public int AwaitingApproval { get; private set; }

    public int Approved { get; private set; }

    public int Cornerstone { get; private set; }

    public int FailedMessages { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HubName = hub.Current.Name;
        AwaitingApproval = await db.Employers.CountAsync(e => e.Status == EmployerStatus.AwaitingApproval, cancellationToken);
        Approved = await db.Employers.CountAsync(e => e.Status == EmployerStatus.Approved, cancellationToken);
        Cornerstone = await db.Employers.CountAsync(e => e.Status == EmployerStatus.Approved && e.IsCornerstone, cancellationToken);
        FailedMessages = await db.ScheduledMessages.CountAsync(m => m.State == MessageState.Failed, cancellationToken);
    }
}
