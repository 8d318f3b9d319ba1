using Microsoft.Extensions.Options;

namespace SendCareers.Web.Reminders;

/// <summary>A bad reminder offset stops the app at start-up with the setting's name, instead of a silent default.</summary>
public sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options) =>
        options.Problems() is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems)
            : ValidateOptionsResult.Success;
}
