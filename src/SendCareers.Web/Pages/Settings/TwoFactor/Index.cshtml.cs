using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Settings.TwoFactor;

/// <summary>
/// Two-step sign-in for the people who can open young people's records. Turning it off asks for the
/// password again, so a session left open on a shared computer cannot quietly remove it.
/// </summary>
public class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditTrail audit, SignInThrottle throttle) : PageModel
{
    public bool IsOn { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    [BindProperty]
    public TurnOffInput Input { get; set; } = new();

    public sealed class TurnOffInput
    {
        [Required(ErrorMessage = "Enter your password")]
        [StringLength(200, ErrorMessage = "Password must be 200 characters or fewer")]
        public string? Password { get; set; }
    }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        if (!IsOn)
        {
            return RedirectToPage();
        }

        // Wrong passwords here count with wrong sign-ins for this account and client address, so an
        // open session cannot be used to guess the password without limit.
        var account = SignInThrottle.ForUser(user.Id);
        if (ModelState.IsValid && await throttle.IsLockedAsync(account, HttpContext))
        {
            ModelState.AddModelError("Input.Password", SignInThrottle.LockedMessage);
        }
        else if (ModelState.IsValid && !await users.CheckPasswordAsync(user, Input.Password!))
        {
            ModelState.AddModelError("Input.Password", await throttle.RecordFailureAsync(account, HttpContext)
                ? SignInThrottle.LockedMessage
                : "Enter your correct password");
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

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync("Turned off two-step sign-in", AuditTrail.Account, user.Id);
        await signIn.RefreshSignInAsync(user);
        Notice = "Two-step sign-in is off. You now sign in with your password only.";
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user)
    {
        IsOn = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = IsOn ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}
