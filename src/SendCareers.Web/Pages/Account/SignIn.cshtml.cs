using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Account;

public class SignInModel(AppSignInManager signIn, UserManager<AppUser> users, PasswordCheck passwords, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address")]
        [StringLength(254, ErrorMessage = "E-mail address must be 254 characters or fewer")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(200, ErrorMessage = "Password must be 200 characters or fewer")]
        public string? Password { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = 400;
            return Page();
        }

        // Every failed sign-in gets the same answer after the same work, whether the account exists,
        // is waiting for its e-mail to be confirmed, or is locked: only the right password earns a
        // different answer. Wrong tries are counted per account and client address (SignInThrottle),
        // so a stranger cannot lock the owner out.
        var email = Input.Email!.Trim();
        var user = await users.FindByEmailAsync(email);
        var account = user is null ? SignInThrottle.ForUnknownEmail(email) : SignInThrottle.ForUser(user.Id);
        if (await throttle.IsLockedAsync(account, HttpContext))
        {
            ModelState.AddModelError("Input.Password", SignInThrottle.LockedMessage);
            Response.StatusCode = 400;
            return Page();
        }

        if (!await passwords.IsRightAsync(user, Input.Password!))
        {
            if (await throttle.RecordFailureAsync(account, HttpContext))
            {
                ModelState.AddModelError("Input.Password", SignInThrottle.LockedMessage);
                Response.StatusCode = 400;
                return Page();
            }

            ModelState.AddModelError("Input.Email", "Enter a correct e-mail address and password");
            Response.StatusCode = 400;
            return Page();
        }

        await throttle.ClearAsync(account, HttpContext);
        var result = await signIn.SignInCheckedAsync(user!);
        if (result.Succeeded)
        {
            return LocalRedirect(SignInDestination.For(user!, ReturnUrl, Url));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInCode", new { returnUrl = ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError("Input.Password", "Your account is locked. Try again later or reset your password");
            Response.StatusCode = 400;
            return Page();
        }

        if (result.IsNotAllowed && user!.DeactivatedAtUtc is not null)
        {
            // Only someone who knows the password learns this.
            ModelState.AddModelError("Input.Email", "Your account has been closed. Ask your hub administrator if you need it again");
            Response.StatusCode = 400;
            return Page();
        }

        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("Input.Email", "Confirm your e-mail address first, using the link we sent you");
            Response.StatusCode = 400;
            return Page();
        }

        ModelState.AddModelError("Input.Email", "Enter a correct e-mail address and password");
        Response.StatusCode = 400;
        return Page();
    }
}
