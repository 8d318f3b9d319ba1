using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Settings.TwoFactor;

/// <summary>
/// Shows the key for the authenticator app and turns two-step sign-in on only once a code from the
/// app proves it was added correctly; the recovery codes are shown once, on that answer.
/// </summary>
public class SetUpModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditTrail audit, SignInThrottle throttle) : PageModel
{
    public string Key { get; private set; } = "";

    public string Address { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [StringLength(20, ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Index");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Index");
        }

        await LoadKeyAsync(user);
        var code = AuthenticatorSetup.Normalise(Input.Code);
        var account = SignInThrottle.ForUser(user.Id);
        if (ModelState.IsValid && !AuthenticatorSetup.LooksLikeAuthenticatorCode(code))
        {
            ModelState.AddModelError("Input.Code", "Enter the code as 6 digits, for example 123456");
        }
        else if (ModelState.IsValid && await throttle.IsLockedAsync(account, HttpContext))
        {
            ModelState.AddModelError("Input.Code", SignInThrottle.LockedCodeMessage);
        }
        else if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", await throttle.RecordFailureAsync(account, HttpContext)
                ? SignInThrottle.LockedCodeMessage
                : "The code is not right. Check that the key was typed correctly and enter the newest code");
        }
        else if (ModelState.IsValid)
        {
            await throttle.ClearAsync(account, HttpContext);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = 400;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorSetup.RecoveryCodeCount) ?? []];
        await audit.RecordAsync("Turned on two-step sign-in", AuditTrail.Account, user.Id);
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which ends the account's other sessions; this one carries on.
            await signIn.RefreshSignInAsync(user);
        }

        Key = AuthenticatorSetup.Grouped(key!);
        Address = AuthenticatorSetup.Address("SendCareers", user.Email!, key!);
    }
}
