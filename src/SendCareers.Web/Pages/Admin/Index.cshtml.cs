using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Backups;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Pages.Shared.NeedsYou;

namespace SendCareers.Web.Pages.Admin;

/// <summary>The hub administrator's starting page: what needs attention.</summary>
public class IndexModel(AppDbContext db, HubInfo hub, DatabaseBackups backups, SendCareers.Web.Placements.PlacementScope placements, TimeProvider time) : PageModel
{
    public IReadOnlyList<NeedsYouItem> NeedsYou { get; private set; } = [];

    public string HubName { get; private set; } = "";

    public int AwaitingApproval { get; private set; }

    public int Approved { get; private set; }

    public int Cornerstone { get; private set; }

    public int FailedMessages { get; private set; }

    /// <summary>What is left to set up in a new hub; null once all of it is done.</summary>
    public FirstRunChecklist? Checklist { get; private set; }

    /// <summary>The embedded database's backups (null on PostgreSQL, which the app does not back up).</summary>
    public BackupHealth? Backup { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HubName = hub.Current.Name;
        // Two compiled queries rather than four counts: each query costs more CPU than the page's markup.
        await foreach (var group in EmployerCounts.For(db)(db).WithCancellation(cancellationToken))
        {
            if (group.Status == EmployerStatus.AwaitingApproval)
            {
                AwaitingApproval += group.Count;
            }
            else if (group.Status == EmployerStatus.Approved)
            {
                Approved += group.Count;
                Cornerstone += group.IsCornerstone ? group.Count : 0;
            }
        }

        FailedMessages = await FailedMessageCount.For(db)(db, cancellationToken);
        NeedsYou = await new AdminNeedsYou(db, placements, time).ForAsync(cancellationToken);
        Checklist = await FirstRunChecklist.ForAsync(db, hub, Approved, cancellationToken);
        Backup = db.Database.IsSqlite() ? backups.Health() : null;
    }

    private sealed record EmployerCount(EmployerStatus Status, bool IsCornerstone, int Count);

    private static readonly PerModel<Func<AppDbContext, IAsyncEnumerable<EmployerCount>>> EmployerCounts = new(() => EF.CompileAsyncQuery((AppDbContext context) =>
        context.Employers.GroupBy(e => new { e.Status, e.IsCornerstone }).Select(g => new EmployerCount(g.Key.Status, g.Key.IsCornerstone, g.Count()))));

    private static readonly PerModel<Func<AppDbContext, CancellationToken, Task<int>>> FailedMessageCount = new(() => EF.CompileAsyncQuery((AppDbContext context, CancellationToken _) =>
        context.ScheduledMessages.Count(m => m.State == MessageState.Failed)));
}
