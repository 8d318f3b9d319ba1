using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Account;

/// <summary>
/// The second step for someone who has turned on two-step sign-in: the password was right, and the
/// short-lived two-factor cookie says who they are until they give a code from their app or a recovery code.
/// </summary>
public class SignInCodeModel(SignInManager<AppUser> signIn, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app, or a recovery code")]
        [StringLength(40, ErrorMessage = "Enter the 6-digit code from your authenticator app, or a recovery code")]
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The two-factor cookie lasts a few minutes: start again from the password.
            return RedirectToPage("/Account/SignIn", new { returnUrl = ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = 400;
            return Page();
        }

        // Wrong codes count with wrong passwords for this account and client address (Identity also
        // counts them against the account itself, which only someone who knew the password can reach).
        var account = SignInThrottle.ForUser(user.Id);
        if (await throttle.IsLockedAsync(account, HttpContext))
        {
            ModelState.AddModelError("Input.Code", SignInThrottle.LockedCodeMessage);
            Response.StatusCode = 400;
            return Page();
        }

        var code = AuthenticatorSetup.Normalise(Input.Code);
        var result = AuthenticatorSetup.LooksLikeAuthenticatorCode(code)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await throttle.ClearAsync(account, HttpContext);
            return LocalRedirect(SignInDestination.For(user, ReturnUrl, Url));
        }

        var nowLocked = !result.IsLockedOut && await throttle.RecordFailureAsync(account, HttpContext);
        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? "Your account is locked for 15 minutes after 5 wrong codes. Try again later"
            : nowLocked ? SignInThrottle.LockedCodeMessage
            : "The code is not right. Enter the newest code from your authenticator app, or an unused recovery code");
        Response.StatusCode = 400;
        return Page();
    }
}
