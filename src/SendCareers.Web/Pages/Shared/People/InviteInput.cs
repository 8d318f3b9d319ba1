using Microsoft.AspNetCore.Mvc.ModelBinding;
using SendCareers.Web.Data.Configurations;
using SendCareers.Web.Employers;
using SendCareers.Web.People;

namespace SendCareers.Web.Pages.Shared.People;

/// <summary>The name and e-mail address of someone to invite, as typed, with the checks every invitation form shares.</summary>
public sealed class InviteInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string CleanName => EmployerProfileValidator.Clean(Name);

    public string CleanEmail => EmployerProfileValidator.Clean(Email);

    /// <summary>Adds a message beside each field that is wrong; <paramref name="prefix"/> is the bound property's name.</summary>
    public void Check(ModelStateDictionary modelState, string prefix)
    {
        var name = CleanName;
        if (name.Length == 0)
        {
            modelState.AddModelError($"{prefix}.Name", "Enter their full name");
        }
        else if (name.Length > InvitationConfiguration.MaxName)
        {
            modelState.AddModelError($"{prefix}.Name", $"Full name must be {InvitationConfiguration.MaxName} characters or fewer");
        }

        var email = CleanEmail;
        if (email.Length == 0)
        {
            modelState.AddModelError($"{prefix}.Email", "Enter their e-mail address");
        }
        else if (email.Length > InvitationConfiguration.MaxEmail)
        {
            modelState.AddModelError($"{prefix}.Email", $"E-mail address must be {InvitationConfiguration.MaxEmail} characters or fewer");
        }
        else if (!EmployerProfileValidator.IsEmailAddress(email))
        {
            modelState.AddModelError($"{prefix}.Email", "Enter an e-mail address in the correct format, like name@example.com");
        }
    }

    /// <summary>The kind answer when the address is taken: no second account, and what to do instead.</summary>
    public static void AddOutcomeError(InviteOutcome outcome, ModelStateDictionary modelState, string prefix)
    {
        switch (outcome)
        {
            case InviteOutcome.AlreadyHasAccount:
                modelState.AddModelError($"{prefix}.Email", "This person already has a SendCareers account with this e-mail address. They can sign in with it, or reset their password from the sign-in page");
                break;
            case InviteOutcome.AlreadyInvited:
                modelState.AddModelError($"{prefix}.Email", "An invitation to this e-mail address is waiting to be accepted. Send it again from the list of invitations instead");
                break;
        }
    }
}
