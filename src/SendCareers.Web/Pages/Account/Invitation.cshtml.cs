using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.People;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Account;

/// <summary>
/// Where an invitation link lands: the invited person chooses a password, the account is made with the
/// role, school or organisation of the invitation, and they arrive signed in on their own home page.
/// </summary>
public class InvitationModel(InvitationAcceptance acceptance, UserManager<AppUser> users, AppSignInManager signIn, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public Invitation? Invitation { get; private set; }

    public bool AlreadyHasAccount { get; private set; }

    public string RoleText => Invitation switch
    {
        { Role: Roles.HubAdmin } => "Hub administrator",
        { Role: Roles.JobCoach, School: { } school } => $"Job coach, {school.Name}",
        { Employer: { } employer } => $"Contact for {employer.OrganisationName}",
        _ => "",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Invitation = await acceptance.FindAsync(Token, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The address carries the token: no page reached from here may be told it.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Invitation = await acceptance.FindAsync(Token, cancellationToken);
        if (Invitation is null)
        {
            return Page();
        }

        if (!ModelState.IsValid
            || !await NewPasswordInput.ValidateAsync(Input, users, InvitationAcceptance.NewAccount(Invitation, time.GetUtcNow().UtcDateTime), ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await acceptance.AcceptAsync(Token!, Input.Password!, cancellationToken);
        if (outcome.PasswordRefused is { } refused)
        {
            NewPasswordInput.AddErrors(refused, ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (outcome.User is not { } user)
        {
            Invitation = null;
            AlreadyHasAccount = outcome.AlreadyHasAccount;
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(SignInDestination.For(user, null, Url));
    }
}
