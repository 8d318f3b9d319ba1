using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Configurations;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Admin.Schools;

/// <summary>
/// Shared by "Add a school or college" and "Change": the checks (kind, local authority, a postcode in a
/// known postcode area, URN and UKPRN formats and uniqueness, the Careers Leader's e-mail) and the save.
/// </summary>
public abstract class SchoolFormModel(AppDbContext db, OutcodeDirectory outcodes) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? LocalAuthority { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? Urn { get; set; }

    [BindProperty]
    public string? Ukprn { get; set; }

    [BindProperty]
    public string? CareersLeaderName { get; set; }

    [BindProperty]
    public string? CareersLeaderEmail { get; set; }

    public static IReadOnlyList<ChoiceItem> Kinds { get; } =
    [
        new(nameof(SchoolKind.SpecialSchool), EnumLabels.For(SchoolKind.SpecialSchool)),
        new(nameof(SchoolKind.MainstreamWithResourceBase), EnumLabels.For(SchoolKind.MainstreamWithResourceBase), "A mainstream school with a specialist resource base or SEN unit"),
        new(nameof(SchoolKind.MainstreamSchool), EnumLabels.For(SchoolKind.MainstreamSchool)),
        new(nameof(SchoolKind.AlternativeProvision), EnumLabels.For(SchoolKind.AlternativeProvision), "Including pupil referral units"),
        new(nameof(SchoolKind.FurtherEducationCollege), EnumLabels.For(SchoolKind.FurtherEducationCollege)),
        new(nameof(SchoolKind.SpecialCollege), EnumLabels.For(SchoolKind.SpecialCollege), "A specialist post-16 institution"),
    ];

    protected AppDbContext Db => db;

    protected void Fill(School school)
    {
        Name = school.Name;
        Kind = school.Kind.ToString();
        LocalAuthority = school.LocalAuthority;
        Postcode = school.Postcode;
        Urn = school.Urn;
        Ukprn = school.Ukprn;
        CareersLeaderName = school.CareersLeaderName;
        CareersLeaderEmail = school.CareersLeaderEmail;
    }

    /// <summary>
    /// Checks the form against <paramref name="schoolId"/> (0 for a new one) and, when it is acceptable,
    /// copies it onto <paramref name="school"/>. Returns a description of what changed, or null with the
    /// messages added to ModelState.
    /// </summary>
    protected async Task<List<string>?> CheckAndApplyAsync(School school, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var name = FormValues.Optional(Name);
        if (name is null)
        {
            ModelState.AddModelError(nameof(Name), "Enter the name of the school or college");
        }
        else if (name.Length > SchoolConfiguration.MaxName)
        {
            ModelState.AddModelError(nameof(Name), $"Name must be {SchoolConfiguration.MaxName} characters or fewer");
        }

        SchoolKind? kind = Kinds.Any(k => k.Value == Kind) && Enum.TryParse<SchoolKind>(Kind, out var parsedKind) ? parsedKind : null;
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select what kind of school or college it is");
        }

        var authority = FormValues.Optional(LocalAuthority);
        if (authority is null)
        {
            ModelState.AddModelError(nameof(LocalAuthority), "Enter the local authority, like Leeds");
        }
        else if (authority.Length > SchoolConfiguration.MaxLocalAuthority)
        {
            ModelState.AddModelError(nameof(LocalAuthority), $"Local authority must be {SchoolConfiguration.MaxLocalAuthority} characters or fewer");
        }

        Postcode? postcode = null;
        var postcodeText = FormValues.Optional(Postcode);
        if (postcodeText is null)
        {
            ModelState.AddModelError(nameof(Postcode), "Enter the postcode of the school or college");
        }
        else if (postcodeText.Length > 10 || !Domain.Places.Postcode.TryParse(postcodeText, out postcode))
        {
            ModelState.AddModelError(nameof(Postcode), "Enter a full UK postcode, like LS1 4AP");
        }
        else if (!outcodes.IsKnown(postcode.Outward))
        {
            ModelState.AddModelError(nameof(Postcode), $"We do not recognise the postcode area {postcode.Outward}: check the postcode");
            postcode = null;
        }

        var urn = Digits(Urn);
        if (urn is not null && !IsUrn(urn))
        {
            ModelState.AddModelError(nameof(Urn), "URN must be 6 digits, like 107565");
            urn = null;
        }

        var ukprn = Digits(Ukprn);
        if (ukprn is not null && !IsUkprn(ukprn))
        {
            ModelState.AddModelError(nameof(Ukprn), "UKPRN must be 8 digits starting with 1, like 10003456");
            ukprn = null;
        }

        var leaderName = FormValues.Optional(CareersLeaderName);
        if (leaderName is { Length: > SchoolConfiguration.MaxName })
        {
            ModelState.AddModelError(nameof(CareersLeaderName), $"Careers Leader's name must be {SchoolConfiguration.MaxName} characters or fewer");
        }

        var leaderEmail = FormValues.Optional(CareersLeaderEmail);
        if (leaderEmail is { Length: > SchoolConfiguration.MaxEmail })
        {
            ModelState.AddModelError(nameof(CareersLeaderEmail), $"Careers Leader's e-mail address must be {SchoolConfiguration.MaxEmail} characters or fewer");
        }
        else if (leaderEmail is not null && !EmployerProfileValidator.IsEmailAddress(leaderEmail))
        {
            ModelState.AddModelError(nameof(CareersLeaderEmail), "Enter an e-mail address in the correct format, like name@example.sch.uk");
        }

        // Two records of one school would split its young people and reports.
        var others = Db.Schools.AsNoTracking().Where(s => s.Id != school.Id);
        var nameChecked = name is not null && ModelState[nameof(Name)] is null or { Errors.Count: 0 };
        if (nameChecked && (await others.Select(s => s.Name).ToListAsync(cancellationToken)).Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(Name), $"There is already a school or college called {name}");
        }

        if (urn is not null && await others.AnyAsync(s => s.Urn == urn, cancellationToken))
        {
            ModelState.AddModelError(nameof(Urn), $"Another school or college already has URN {urn}");
        }

        if (ukprn is not null && await others.AnyAsync(s => s.Ukprn == ukprn, cancellationToken))
        {
            ModelState.AddModelError(nameof(Ukprn), $"Another school or college already has UKPRN {ukprn}");
        }

        if (ModelState.ErrorCount > 0 || name is null || kind is null || authority is null || postcode is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        var changes = new List<string>();
        void Set<T>(string label, T before, T after, Action<T> apply)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add(label);
                apply(after);
            }
        }

        Set("name", school.Name, name, v => school.Name = v);
        Set("kind", school.Kind, kind.Value, v => school.Kind = v);
        Set("local authority", school.LocalAuthority, authority, v => school.LocalAuthority = v);
        Set("postcode", school.Postcode, postcode.ToString(), v => school.Postcode = v);
        school.OutwardCode = postcode.Outward;
        Set("URN", school.Urn, urn, v => school.Urn = v);
        Set("UKPRN", school.Ukprn, ukprn, v => school.Ukprn = v);
        Set("Careers Leader's name", school.CareersLeaderName, leaderName, v => school.CareersLeaderName = v);
        Set("Careers Leader's e-mail", school.CareersLeaderEmail, leaderEmail, v => school.CareersLeaderEmail = v);
        return changes;
    }

    /// <summary>The text with spaces removed, or null when nothing was typed.</summary>
    private static string? Digits(string? text) =>
        FormValues.Optional(text) is { } cleaned ? string.Concat(cleaned.Where(c => !char.IsWhiteSpace(c))) : null;

    /// <summary>A URN (Get Information about Schools) is 6 digits.</summary>
    public static bool IsUrn(string text) => text.Length == 6 && text.All(char.IsAsciiDigit);

    /// <summary>A UKPRN (UK Register of Learning Providers) is 8 digits and starts with 1.</summary>
    public static bool IsUkprn(string text) => text.Length == 8 && text[0] == '1' && text.All(char.IsAsciiDigit);
}
