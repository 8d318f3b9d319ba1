using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Pages.Account;

/// <summary>A new password typed twice, checked against Identity's rules before anything is saved.</summary>
public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "Enter a password")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Password must be between 10 and 200 characters")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Enter the password again")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
    public string? ConfirmPassword { get; set; }

    public static async Task<bool> ValidateAsync(NewPasswordInput input, UserManager<AppUser> users, AppUser user, ModelStateDictionary modelState)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, input.Password);
            AddErrors(result, modelState);
        }

        return modelState.IsValid;
    }

    public static void AddErrors(IdentityResult result, ModelStateDictionary modelState)
    {
        foreach (var error in result.Errors)
        {
            var message = error.Code switch
            {
                "PasswordTooShort" => "Password must be at least 10 characters",
                "PasswordRequiresUniqueChars" => "Password must use at least 4 different characters",
                _ => error.Description,
            };
            modelState.AddModelError("Input.Password", message);
        }
    }
}
