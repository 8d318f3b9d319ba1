using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Safeguarding;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Pages.Shared.NeedsYou;

/// <summary>
/// What waits for a hub administrator, counted as the pages it links to list it: employer sign-ups to
/// review, placements whose job coach has left, scheduled e-mails that failed, staff invitations not yet accepted, and safeguarding checks
/// expired or running out.
/// </summary>
public sealed class AdminNeedsYou(AppDbContext db, SendCareers.Web.Placements.PlacementScope placements, TimeProvider time)
{
    public async Task<IReadOnlyList<NeedsYouItem>> ForAsync(CancellationToken cancellationToken)
    {
        var signUps = await db.Employers.CountAsync(e => e.Status == EmployerStatus.AwaitingApproval, cancellationToken);
        var failed = await db.ScheduledMessages.CountAsync(m => m.State == MessageState.Failed, cancellationToken);

        // The same horizon as the safeguarding page's list.
        var horizon = UkTimeZone.Today(time).AddDays(CheckExpiryReminder.DaysBefore * 2);
        var checks = await db.EmployerChecks.CountAsync(c => c.ExpiresOn <= horizon, cancellationToken);
        // Staff invitations (not employers' own colleagues) still open, as the accounts page lists them.
        var invitations = await db.Invitations.CountAsync(i => i.EmployerId == null && i.AcceptedAtUtc == null && i.CancelledAtUtc == null, cancellationToken);
        var coachGone = await placements.WithCoachGone().CountAsync(cancellationToken);
        return NeedsYouItem.Waiting(
            new("coach-gone", coachGone, "placement's job coach has left: choose another", "placements' job coaches have left: choose others", "/coach/placements#coach-gone"),
            new("sign-ups", signUps, "employer sign-up to review", "employer sign-ups to review", "/admin/employers?status=AwaitingApproval"),
            new("failed-emails", failed, "scheduled e-mail has failed", "scheduled e-mails have failed", "/admin/messages"),
            new("invitations", invitations, "invitation has not been accepted yet", "invitations have not been accepted yet", "/admin/accounts#invitations"),
            new("checks", checks, "safeguarding check has run out or runs out soon", "safeguarding checks have run out or run out soon", "/admin/safeguarding"));
    }
}
