using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Pages.Account;

/// <summary>
/// The link in the sign-up e-mail: proves the address, sets the password, and puts the employer in the
/// hub administrators' queue. The token is spent in the same transaction, so the link works once.
/// </summary>
public class VerifyModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TokenService tokens, AppDbContext db, TimeProvider time, Notices notices, MessageScheduler scheduler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool TokenValid { get; private set; }

    public string? Email { get; private set; }

    public string? OrganisationName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await LoadAsync(cancellationToken);
        if (user is null)
        {
            return Page();
        }

        if (!ModelState.IsValid || !await NewPasswordInput.ValidateAsync(Input, users, user, ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await tokens.TryConsumeAsync(TokenPurpose.VerifyEmployerEmail, Token!, cancellationToken))
            {
                TokenValid = false;
                return Page();
            }

            var result = await users.AddPasswordAsync(user, Input.Password!);
            if (!result.Succeeded)
            {
                NewPasswordInput.AddErrors(result, ModelState);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
            var employer = await db.Employers.SingleAsync(e => e.Id == user.EmployerId, cancellationToken);
            if (employer.Status == EmployerStatus.AwaitingVerification)
            {
                employer.Status = EmployerStatus.AwaitingApproval;
                employer.VerifiedAtUtc = time.GetUtcNow().UtcDateTime;
                await notices.SignUpWaitingAsync(employer.Id, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        scheduler.DispatchSoon();

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/my-organisation?welcome=1");
    }

    private async Task<AppUser?> LoadAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(TokenPurpose.VerifyEmployerEmail, Token, cancellationToken);
        var user = token is null ? null : await users.FindByIdAsync(token.SubjectId);
        if (user?.EmployerId is null)
        {
            TokenValid = false;
            return null;
        }

        TokenValid = true;
        Email = user.Email;
        OrganisationName = await db.Employers.Where(e => e.Id == user.EmployerId).Select(e => e.OrganisationName).SingleOrDefaultAsync(cancellationToken);
        return user;
    }
}
