using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

/// <summary>
/// Identity's user manager, changed so that every change which must end an account's sessions does so
/// wherever it is made: Identity already renews the security stamp when the password or two-step sign-in
/// changes; here removing a role and locking the account renew it too. <see cref="SessionLifetime"/>
/// refuses any cookie whose stamp is not the current one, on the very next request.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    TimeProvider time,
    SessionStamps stamps)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    /// <summary>Ends every session of the account (signing out everywhere).</summary>
    public Task<IdentityResult> EndAllSessionsAsync(AppUser user) => UpdateSecurityStampAsync(user);

    public override async Task<IdentityResult> RemoveFromRoleAsync(AppUser user, string role) =>
        await ThenEndSessionsAsync(user, await base.RemoveFromRoleAsync(user, role));

    public override async Task<IdentityResult> RemoveFromRolesAsync(AppUser user, IEnumerable<string> roles) =>
        await ThenEndSessionsAsync(user, await base.RemoveFromRolesAsync(user, roles));

    public override async Task<IdentityResult> SetLockoutEndDateAsync(AppUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        return lockoutEnd is { } end && end > time.GetUtcNow() ? await ThenEndSessionsAsync(user, result) : result;
    }

    /// <summary>Every change to an account (a new stamp among them) passes here: forget its cached stamp.</summary>
    protected override async Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        var result = await base.UpdateUserAsync(user);
        stamps.Forget(user.Id);
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(AppUser user)
    {
        var result = await base.DeleteAsync(user);
        stamps.Forget(user.Id);
        return result;
    }

    private async Task<IdentityResult> ThenEndSessionsAsync(AppUser user, IdentityResult result) =>
        result.Succeeded ? await UpdateSecurityStampAsync(user) : result;
}
