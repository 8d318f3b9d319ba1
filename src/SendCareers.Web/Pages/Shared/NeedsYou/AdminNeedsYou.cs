using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Safeguarding;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Pages.Shared.NeedsYou;

/// <summary>
/// What waits for a hub administrator, counted as the pages it links to list it: employer sign-ups to
/// review, scheduled e-mails that failed, and safeguarding checks expired or running out.
/// </summary>
public sealed class AdminNeedsYou(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<NeedsYouItem>> ForAsync(CancellationToken cancellationToken)
    {
        var signUps = await db.Employers.CountAsync(e => e.Status == EmployerStatus.AwaitingApproval, cancellationToken);
        var failed = await db.ScheduledMessages.CountAsync(m => m.State == MessageState.Failed, cancellationToken);

        // The same horizon as the safeguarding page's list.
        var horizon = UkTimeZone.Today(time).AddDays(CheckExpiryReminder.DaysBefore * 2);
        var checks = await db.EmployerChecks.CountAsync(c => c.ExpiresOn <= horizon, cancellationToken);
        return NeedsYouItem.Waiting(
            new("sign-ups", signUps, "employer sign-up to review", "employer sign-ups to review", "/admin/employers?status=AwaitingApproval"),
            new("failed-emails", failed, "scheduled e-mail has failed", "scheduled e-mails have failed", "/admin/messages"),
            new("checks", checks, "safeguarding check has run out or runs out soon", "safeguarding checks have run out or run out soon", "/admin/safeguarding"));
    }
}
