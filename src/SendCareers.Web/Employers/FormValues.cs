namespace SendCareers.Web.Employers;

/// <summary>
/// Small pieces every form's checker and mapper share: optional text and numbers as stored, lists of
/// choices from the enum names posted, and the two checks that go with them.
/// </summary>
public static class FormValues
{
    public const int MaxTextLength = 2000;

    /// <summary>Cleaned text, or null when nothing was typed.</summary>
    public static string? Optional(string? text)
    {
        var cleaned = EmployerProfileValidator.Clean(text);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>A whole number typed without sign or separators, or null.</summary>
    public static int? OptionalInt(string? text) =>
        int.TryParse(EmployerProfileValidator.Clean(text), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The distinct known choices among those posted, in enum order.</summary>
    public static List<TEnum> Choices<TEnum>(IEnumerable<string> values)
        where TEnum : struct, Enum =>
        values.Select(v => EmployerProfileValidator.TryParseEnum<TEnum>(v, out var e) ? e : default)
            .Where(e => !e.Equals(default(TEnum))).Distinct().Order().ToList();

    /// <summary>Adds "Select options from the list" when any posted value is not a choice.</summary>
    public static void CheckChoices<TEnum>(List<FieldError> errors, string field, List<string> values)
        where TEnum : struct, Enum
    {
        if (values.Count > 64 || !values.All(v => EmployerProfileValidator.TryParseEnum<TEnum>(v, out _)))
        {
            errors.Add(new(field, "Select options from the list"));
        }
    }

    /// <summary>The longest address or meeting point: a few lines, as they would go on an envelope or a sign.</summary>
    public const int MaxPlaceLength = 300;

    /// <summary>Adds a message when an address or meeting point is longer than <see cref="MaxPlaceLength"/>.</summary>
    public static void CheckPlaceLength(List<FieldError> errors, string field, string? value, string label)
    {
        if (EmployerProfileValidator.Clean(value).Length > MaxPlaceLength)
        {
            errors.Add(new(field, $"{label} must be {MaxPlaceLength} characters or fewer"));
        }
    }

    /// <summary>Adds a message when free text is longer than <see cref="MaxTextLength"/>.</summary>
    public static void CheckLength(List<FieldError> errors, string field, string? value, string label)
    {
        if (EmployerProfileValidator.Clean(value).Length > MaxTextLength)
        {
            errors.Add(new(field, $"{label} must be {MaxTextLength:N0} characters or fewer"));
        }
    }
}
