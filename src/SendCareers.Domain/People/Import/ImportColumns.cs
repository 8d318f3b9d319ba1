namespace SendCareers.Domain.People.Import;

/// <summary>
/// The fields an import fills in, their labels, and the headers SIMS, Arbor and Bromcom exports give
/// them, so a first import arrives with the obvious columns already chosen.
/// </summary>
public static class ImportColumns
{
    public sealed record FieldInfo(ImportField Field, string Label, bool Required, string Hint, string[] KnownHeaders);

    public static readonly IReadOnlyList<FieldInfo> Fields =
    [
        new(ImportField.Upn, "UPN (unique pupil number)", false, "Used first to recognise someone already on SendCareers.",
            ["UPN", "Unique Pupil Number", "Pupil UPN", "Student UPN"]),
        new(ImportField.LegalFirstName, "Legal first name", true, "",
            ["Legal Forename", "Legal First Name", "Forename", "First Name", "Legal Forenames", "Forenames", "Given Name"]),
        new(ImportField.LegalSurname, "Legal surname", true, "",
            ["Legal Surname", "Legal Last Name", "Surname", "Last Name", "Family Name"]),
        new(ImportField.PreferredFirstName, "Name they like to be called", false, "If empty, their legal first name is used for someone new.",
            ["Preferred Forename", "Preferred First Name", "Preferred Name", "Known As", "Chosen Name"]),
        new(ImportField.DateOfBirth, "Date of birth", true, "",
            ["DOB", "Date of Birth", "Birth Date", "Birthdate", "D.O.B."]),
        new(ImportField.YearGroup, "Year group", false, "Shown in the preview to check against the date of birth; not saved.",
            ["Year", "Year Group", "NC Year", "National Curriculum Year", "Year Taught In", "Curriculum Year"]),
        new(ImportField.Ehcp, "EHCP", false, "Yes or No, or the SEN status (E means an EHCP). Used for people new to SendCareers.",
            ["EHCP", "EHC Plan", "SEN Status", "SEN Provision", "Has EHCP", "SEN Stage"]),
        new(ImportField.HomePostcode, "Home postcode", false, "",
            ["Postcode", "Post Code", "Home Postcode", "Address Postcode", "Post code"]),
    ];

    public static FieldInfo Of(ImportField field) => Fields.First(f => f.Field == field);

    /// <summary>
    /// For each field, the header it is taken from: the one remembered for the school when that header is
    /// in this file, else a known header, else none. A header is used for one field at most.
    /// </summary>
    public static Dictionary<ImportField, string?> Guess(IReadOnlyList<string> headers, IReadOnlyDictionary<ImportField, string>? remembered)
    {
        var result = new Dictionary<ImportField, string?>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var info in Fields)
        {
            if (remembered?.GetValueOrDefault(info.Field) is { } header && headers.FirstOrDefault(h => h.Equals(header, StringComparison.OrdinalIgnoreCase)) is { } found && used.Add(found))
            {
                result[info.Field] = found;
            }
        }

        foreach (var info in Fields.Where(f => !result.ContainsKey(f.Field)))
        {
            var match = info.KnownHeaders
                .Select(known => headers.FirstOrDefault(h => Simplify(h) == Simplify(known) && !used.Contains(h)))
                .FirstOrDefault(h => h is not null);
            result[info.Field] = match;
            if (match is not null)
            {
                used.Add(match);
            }
        }

        return result;
    }

    private static string Simplify(string header) =>
        string.Concat(header.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
