using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Account;

public class ForgottenPasswordModel(UserManager<AppUser> users, TokenService tokens, AppDbContext db, IMailer mailer, EmailTemplates templates) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address")]
        [StringLength(254, ErrorMessage = "E-mail address must be 254 characters or fewer")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address in the correct format, like name@example.com")]
        public string? Email { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = 400;
            return Page();
        }

        // The same answer, after the same time, whether or not the account exists, so the page cannot be
        // used to find out who has one.
        var started = SteadyAnswer.Start();
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is { EmailConfirmed: true, Email: not null, DeactivatedAtUtc: null })
        {
            var token = tokens.Issue(TokenPurpose.ResetPassword, user.Id, TimeSpan.FromHours(2));
            await db.SaveChangesAsync(cancellationToken);
            await mailer.SendAsync(templates.ResetPassword(user.DisplayName, user.Email, token), cancellationToken);
        }

        await SteadyAnswer.WaitOutAsync(started, cancellationToken);
        Sent = true;
        return Page();
    }
}
