using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

/// <summary>
/// Identity's sign-in manager with one addition: finishing a sign-in whose password the page has already
/// checked. Identity's <c>PasswordSignInAsync</c> asks "is the e-mail confirmed? is the account locked?"
/// before it looks at the password, so its answer told strangers who had an account; the sign-in page
/// checks the password first (<see cref="PasswordCheck"/>) and only then calls <see cref="SignInCheckedAsync"/>.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>
    /// For a user whose password was right: NotAllowed (e-mail not confirmed), LockedOut (locked by a hub
    /// administrator or after wrong sign-in codes), TwoFactorRequired (the code page comes next), or signed in.
    /// </summary>
    public async Task<SignInResult> SignInCheckedAsync(AppUser user) =>
        await PreSignInCheck(user) ?? await SignInOrTwoFactorAsync(user, isPersistent: false);

    /// <summary>A deactivated account cannot sign in, whatever else is true of it (NotAllowed).</summary>
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        user.DeactivatedAtUtc is null && await base.CanSignInAsync(user);
}
