using System.Globalization;
using System.Net.Mail;
using System.Text;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Employers;

/// <summary>One problem with one field, in words the person can act on.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// Checks an <see cref="EmployerProfileInput"/> section by section. Messages follow the GOV.UK pattern:
/// say what to do ("Enter …", "Select …"), never blame.
/// </summary>
public static class EmployerProfileValidator
{
    public const int MaxNameLength = 120;
    public const int MaxEmailLength = 254;
    public const int MaxHoursPerYear = 1000;

    public static readonly IReadOnlyList<string> TravelChoices = ["5", "10", "25", "any"];

    public static readonly IReadOnlyList<WeekDays> SchoolDays =
        [WeekDays.Monday, WeekDays.Tuesday, WeekDays.Wednesday, WeekDays.Thursday, WeekDays.Friday];

    public static IReadOnlyList<FieldError> Check(EmployerProfileInput input, params IEnumerable<EmployerProfileSection> sections)
    {
        var errors = new List<FieldError>();
        foreach (var section in sections)
        {
            CheckSection(input, section, errors);
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> CheckAll(EmployerProfileInput input) =>
        Check(input, Enum.GetValues<EmployerProfileSection>());

    private static void CheckSection(EmployerProfileInput input, EmployerProfileSection section, List<FieldError> errors)
    {
        switch (section)
        {
            case EmployerProfileSection.Organisation:
                RequiredText(errors, nameof(input.OrganisationName), input.OrganisationName, MaxNameLength,
                    "Enter the name of your organisation", "Organisation name");
                CheckPostcode(errors, input.Postcode);
                OneOf<OrganisationSize>(errors, nameof(input.Size), input.Size, "Select how many people work for your organisation");
                SomeOf<Sector>(errors, nameof(input.Sectors), input.Sectors, "Select at least one kind of work your organisation does");
                break;
            case EmployerProfileSection.Contact:
                RequiredText(errors, nameof(input.ContactName), input.ContactName, 100, "Enter the name of the person we should contact", "Contact name");
                CheckEmail(errors, input.ContactEmail);
                CheckPhone(errors, input.Phone);
                break;
            case EmployerProfileSection.Offer:
                SomeOf<OfferKind>(errors, nameof(input.Offers), input.Offers, "Select at least one thing you could offer");
                CheckHours(errors, input.HoursPerYear);
                break;
            case EmployerProfileSection.Availability:
                if (input.Days.Count == 0)
                {
                    errors.Add(new(nameof(input.Days), "Select at least one day that suits you"));
                }
                else if (!input.Days.All(d => TryParseEnum<WeekDays>(d, out var day) && SchoolDays.Contains(day)))
                {
                    errors.Add(new(nameof(input.Days), "Select days from the list"));
                }

                SomeOf<TimeSlots>(errors, nameof(input.Times), input.Times, "Select at least one time of day that suits you");
                if (string.IsNullOrWhiteSpace(input.Travel))
                {
                    errors.Add(new(nameof(input.Travel), "Select how far you could travel to a school or college"));
                }
                else if (!TravelChoices.Contains(input.Travel))
                {
                    errors.Add(new(nameof(input.Travel), "Select a distance from the list"));
                }

                break;
            case EmployerProfileSection.Workplace:
                if (input.Access.Count > 0 && !input.Access.All(a => TryParseEnum<WorkplaceAccess>(a, out _)))
                {
                    errors.Add(new(nameof(input.Access), "Select features from the list"));
                }

                if (string.IsNullOrWhiteSpace(input.DisabilityConfident))
                {
                    errors.Add(new(nameof(input.DisabilityConfident), "Select your Disability Confident level, or \"Not yet signed up\""));
                }
                else if (!Enum.TryParse<DisabilityConfidentLevel>(input.DisabilityConfident, ignoreCase: false, out var level)
                    || !Enum.IsDefined(level) || input.DisabilityConfident.Any(char.IsDigit))
                {
                    errors.Add(new(nameof(input.DisabilityConfident), "Select a level from the list"));
                }

                break;
            case EmployerProfileSection.Permissions:
                if (input.ListPublicly is not ("yes" or "no"))
                {
                    errors.Add(new(nameof(input.ListPublicly), "Select yes if we may list your organisation on our website"));
                }

                if (input.ConsentToContact != "yes")
                {
                    errors.Add(new(nameof(input.ConsentToContact), "Confirm that the hub may contact you about encounters and placements"));
                }

                break;
        }
    }

    /// <summary>Trims, removes control characters and normalises Unicode so "Café" typed two ways is one name.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    public static bool TryParseEnum<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        // Names only ("Group1" is a name): "3" or "Monday, Friday" would otherwise parse.
        value = default;
        return !string.IsNullOrEmpty(text)
            && char.IsAsciiLetter(text[0])
            && text.All(char.IsAsciiLetterOrDigit)
            && Enum.TryParse(text, ignoreCase: false, out value)
            && Enum.IsDefined(value);
    }

    public static bool TryNormalisePostcode(string? text, out Postcode? postcode) => Domain.Places.Postcode.TryParse(Clean(text), out postcode);

    private static void RequiredText(List<FieldError> errors, string field, string? value, int max, string whenEmpty, string label)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            errors.Add(new(field, whenEmpty));
        }
        else if (text.Length > max)
        {
            errors.Add(new(field, $"{label} must be {max} characters or fewer"));
        }
    }

    private static void CheckPostcode(List<FieldError> errors, string? value)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            errors.Add(new(nameof(EmployerProfileInput.Postcode), "Enter your workplace postcode"));
        }
        else if (text.Length > 10 || !Domain.Places.Postcode.TryParse(text, out _))
        {
            errors.Add(new(nameof(EmployerProfileInput.Postcode), "Enter a full UK postcode, like LS1 4AP"));
        }
    }

    private static void CheckEmail(List<FieldError> errors, string? value)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            errors.Add(new(nameof(EmployerProfileInput.ContactEmail), "Enter your work e-mail address"));
        }
        else if (text.Length > MaxEmailLength)
        {
            errors.Add(new(nameof(EmployerProfileInput.ContactEmail), $"E-mail address must be {MaxEmailLength} characters or fewer"));
        }
        else if (!IsEmailAddress(text))
        {
            errors.Add(new(nameof(EmployerProfileInput.ContactEmail), "Enter an e-mail address in the correct format, like name@example.com"));
        }
    }

    public static bool IsEmailAddress(string text)
    {
        if (text.Any(char.IsWhiteSpace) || text.Count(c => c == '@') != 1)
        {
            return false;
        }

        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !string.IsNullOrEmpty(address.DisplayName))
        {
            return false;
        }

        var domain = address.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.')
            && address.User.Length is > 0 and <= 64;
    }

    private static void CheckPhone(List<FieldError> errors, string? value)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            return; // optional
        }

        var digits = text.Count(char.IsAsciiDigit);
        var allowed = text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-');
        if (text.Length > 20 || !allowed || digits is < 10 or > 13)
        {
            errors.Add(new(nameof(EmployerProfileInput.Phone), "Enter a telephone number, like 0113 496 0000 or +44 113 496 0000"));
        }
    }

    private static void CheckHours(List<FieldError> errors, string? value)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            errors.Add(new(nameof(EmployerProfileInput.HoursPerYear), "Enter how many hours a year you could give"));
        }
        else if (text.Length > 6 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hours))
        {
            errors.Add(new(nameof(EmployerProfileInput.HoursPerYear), "Enter hours as a whole number, like 10"));
        }
        else if (hours is < 1 or > MaxHoursPerYear)
        {
            errors.Add(new(nameof(EmployerProfileInput.HoursPerYear), $"Hours a year must be between 1 and {MaxHoursPerYear:N0}"));
        }
    }

    private static void OneOf<TEnum>(List<FieldError> errors, string field, string? value, string whenEmpty)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, whenEmpty));
        }
        else if (!TryParseEnum<TEnum>(value, out _))
        {
            errors.Add(new(field, "Select an option from the list"));
        }
    }

    private static void SomeOf<TEnum>(List<FieldError> errors, string field, List<string> values, string whenEmpty)
        where TEnum : struct, Enum
    {
        if (values.Count == 0)
        {
            errors.Add(new(field, whenEmpty));
        }
        else if (values.Count > 64 || !values.All(v => TryParseEnum<TEnum>(v, out _)))
        {
            errors.Add(new(field, "Select options from the list"));
        }
    }
}
