using System.Text.RegularExpressions;

namespace SendCareers.Domain.Reminders;

/// <summary>
/// Someone to send to: a role and the web layer's id for them (e.g. "user-17" or "contact-9"). The id goes
/// into dedupe keys, so it is restricted to letters, digits, '.', '_' and '-' and never holds an e-mail address
/// or a name: keys are logged and indexed, personal data must not be.
/// </summary>
public sealed partial record Recipient
{
    public const int IdMaxLength = 64;

    public Recipient(RecipientRole role, string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > IdMaxLength || !IdShape().IsMatch(id))
        {
            throw new ArgumentException(
                $"A recipient id must be 1 to {IdMaxLength} letters, digits, '.', '_' or '-'; got \"{id}\".", nameof(id));
        }

        Role = role;
        Id = id;
    }

    public RecipientRole Role { get; }

    public string Id { get; }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex IdShape();
}
