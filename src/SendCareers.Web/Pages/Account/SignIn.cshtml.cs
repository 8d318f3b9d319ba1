using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Account;

public class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
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

        var email = Input.Email!.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            // lockoutOnFailure: five wrong passwords lock the account for 15 minutes.
            var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(SignInDestination.For(user, ReturnUrl, Url));
            }

            if (result.RequiresTwoFactor)
            {
                return RedirectToPage("/Account/SignInCode", new { returnUrl = ReturnUrl });
            }

            if (result.IsLockedOut)
            {
                ModelState.AddModelError("Input.Password", "Your account is locked for 15 minutes after 5 wrong passwords. Try again later or reset your password");
                Response.StatusCode = 400;
                return Page();
            }

            if (result.IsNotAllowed)
            {
                ModelState.AddModelError("Input.Email", "Confirm your e-mail address first, using the link we sent you");
                Response.StatusCode = 400;
                return Page();
            }
        }

        ModelState.AddModelError("Input.Email", "Enter a correct e-mail address and password");
        Response.StatusCode = 400;
        return Page();
    }
}
