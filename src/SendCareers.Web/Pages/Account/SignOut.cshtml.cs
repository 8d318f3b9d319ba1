using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Account;

public class SignOutModel(SignInManager<AppUser> signIn, AppUserManager users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Signing out ends every session of the account, so a copy of the cookie (another tab, another
        // computer, or a stolen one) stops working too: SessionLifetime checks the stamp on every request.
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            await users.EndAllSessionsAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
