using System.Globalization;
using SendCareers.Domain.Places;

namespace SendCareers.Domain.People.Import;

/// <summary>
/// Reads one row's cells into a person, or says in plain words why the row cannot be used. Cells a
/// spreadsheet would run as a formula, markup and control characters are refused, never stored.
/// </summary>
public static class ImportRowReader
{
    public const int MaxNameLength = 100;

    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d MMM yyyy", "d MMMM yyyy", "dd MMM yyyy",
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss",
    ];

    public static (ImportedPerson? Person, string? Reason) Read(IReadOnlyList<string> cells, IReadOnlyDictionary<ImportField, int> columns, DateOnly today)
    {
        var problems = new List<string>();
        string Cell(ImportField field) => columns.TryGetValue(field, out var i) && i < cells.Count ? cells[i].Trim() : "";

        foreach (var (field, index) in columns)
        {
            if (index < cells.Count && Unsafe(cells[index]) is { } why)
            {
                problems.Add($"{ImportColumns.Of(field).Label}: {why}");
            }
        }

        if (problems.Count > 0)
        {
            return (null, string.Join("; ", problems));
        }

        var first = Name(Cell(ImportField.LegalFirstName), "Legal first name", required: true, problems);
        var surname = Name(Cell(ImportField.LegalSurname), "Legal surname", required: true, problems);
        var preferred = Name(Cell(ImportField.PreferredFirstName), "Preferred name", required: false, problems);

        string? upn = null;
        var upnText = Cell(ImportField.Upn);
        if (upnText.Length > 0)
        {
            if (UniquePupilNumber.TryParse(upnText, out var parsed, out var upnError))
            {
                upn = parsed;
            }
            else
            {
                problems.Add(upnError!);
            }
        }

        var dob = default(DateOnly);
        var dobText = Cell(ImportField.DateOfBirth);
        if (dobText.Length == 0)
        {
            problems.Add("Date of birth is missing");
        }
        else if (!DateTime.TryParseExact(dobText, DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.AllowWhiteSpaces, out var parsedDate))
        {
            problems.Add($"Date of birth “{Shorten(dobText)}” is not a date like 27/03/2009");
        }
        else
        {
            dob = DateOnly.FromDateTime(parsedDate);
            var age = SchoolYear.AgeOn(dob, today);
            if (dob > today || age < YoungPersonAges.Minimum || age > YoungPersonAges.Maximum)
            {
                problems.Add($"Date of birth must be for someone aged {YoungPersonAges.Minimum} to {YoungPersonAges.Maximum}");
            }
        }

        bool? ehcp = null;
        var ehcpText = Cell(ImportField.Ehcp);
        if (ehcpText.Length > 0)
        {
            ehcp = ehcpText.ToUpperInvariant() switch
            {
                "E" or "EHCP" or "EHC PLAN" or "EHC" or "YES" or "Y" or "TRUE" or "1" => true,
                "K" or "N" or "NO" or "FALSE" or "0" or "SEN SUPPORT" or "NONE" => false,
                _ => null,
            };
            if (ehcp is null)
            {
                problems.Add($"EHCP “{Shorten(ehcpText)}” should be Yes or No, or a SEN status (E, K or N)");
            }
        }

        string? postcode = null;
        var postcodeText = Cell(ImportField.HomePostcode);
        if (postcodeText.Length > 0)
        {
            if (postcodeText.Length <= 10 && Postcode.TryParse(postcodeText, out var parsedPostcode))
            {
                postcode = parsedPostcode.ToString();
            }
            else
            {
                problems.Add($"Home postcode “{Shorten(postcodeText)}” is not a full UK postcode");
            }
        }

        var year = Cell(ImportField.YearGroup);
        if (year.Length > 20)
        {
            problems.Add("Year group is longer than 20 characters");
        }

        return problems.Count > 0
            ? (null, string.Join("; ", problems))
            : (new ImportedPerson(upn, first!, surname!, preferred, dob, year.Length == 0 ? null : year, ehcp, postcode), null);
    }

    /// <summary>Why a cell may not be stored: a formula, markup or a control character.</summary>
    public static string? Unsafe(string cell)
    {
        var text = cell.TrimStart();
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
        {
            return $"starts with “{text[0]}”, which spreadsheets run as a formula";
        }

        if (cell.Any(c => char.IsControl(c) && c is not '\t'))
        {
            return "contains a control character";
        }

        if (cell.Contains('<') || cell.Contains('>'))
        {
            return "contains < or >, which are not allowed";
        }

        return null;
    }

    private static string? Name(string text, string label, bool required, List<string> problems)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add($"{label} is missing");
            }

            return null;
        }

        if (text.Length > MaxNameLength)
        {
            problems.Add($"{label} is longer than {MaxNameLength} characters");
            return null;
        }

        if (!text.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
        {
            problems.Add($"{label} can only contain letters, spaces, hyphens and apostrophes");
            return null;
        }

        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
