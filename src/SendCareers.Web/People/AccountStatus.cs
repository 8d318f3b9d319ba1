using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.People;

/// <summary>
/// Closing and reopening an account. A closed account cannot sign in (<see cref="AppSignInManager"/>), its
/// sessions end on their next request (a new security stamp), and its calendar link is refused; its
/// records, and everything it did, stay. The calendar link itself is stopped by the page, which owns both.
/// </summary>
public sealed class AccountStatus(AppUserManager users, AuditTrail audit, TimeProvider time)
{
    public async Task DeactivateAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.DeactivatedAtUtc is not null)
        {
            return;
        }

        user.DeactivatedAtUtc = time.GetUtcNow().UtcDateTime;
        // A new stamp, saved with the closing date in one update: every session ends on its next request.
        Check(await users.EndAllSessionsAsync(user));
        await audit.RecordAsync("Deactivated an account", AuditTrail.Account, user.Id, user.DisplayName, cancellationToken);
    }

    public async Task ReactivateAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.DeactivatedAtUtc is null)
        {
            return;
        }

        user.DeactivatedAtUtc = null;
        Check(await users.UpdateAsync(user));
        await audit.RecordAsync("Reactivated an account", AuditTrail.Account, user.Id, user.DisplayName, cancellationToken);
    }

    private static void Check(Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not save the account: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
