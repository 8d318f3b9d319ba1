using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Pages.Account;

public class ResetPasswordModel(UserManager<AppUser> users, TokenService tokens, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool TokenValid { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync() => TokenValid = await tokens.FindValidAsync(TokenPurpose.ResetPassword, Token) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(TokenPurpose.ResetPassword, Token, cancellationToken);
        TokenValid = token is not null;
        if (token is null)
        {
            return Page();
        }

        var user = await users.FindByIdAsync(token.SubjectId);
        if (user is null)
        {
            TokenValid = false;
            return Page();
        }

        if (!ModelState.IsValid || !await NewPasswordInput.ValidateAsync(Input, users, user, ModelState))
        {
            Response.StatusCode = 400;
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(TokenPurpose.ResetPassword, Token!, cancellationToken))
        {
            TokenValid = false;
            return Page();
        }

        await users.RemovePasswordAsync(user);
        var result = await users.AddPasswordAsync(user, Input.Password!);
        if (!result.Succeeded)
        {
            NewPasswordInput.AddErrors(result, ModelState);
            Response.StatusCode = 400;
            return Page();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await transaction.CommitAsync(cancellationToken);
        Done = true;
        return Page();
    }
}
