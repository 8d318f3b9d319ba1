using System.Globalization;
using SendCareers.Domain.People;
using SendCareers.Domain.People.Import;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.YoungPeople;

/// <summary>A young person's details and vocational profile as typed on the form.</summary>
public sealed class YoungPersonInput
{
    public string? PreferredName { get; set; }

    public string? LegalFirstName { get; set; }

    public string? LegalSurname { get; set; }

    public string? Upn { get; set; }

    public DateInput DateOfBirth { get; set; } = new();

    public string? SchoolId { get; set; }

    public string? HasEhcp { get; set; }

    /// <summary>When changing a profile: the date a new EHCP answer or school or college is true from.</summary>
    public DateInput EffectiveFrom { get; set; } = new();

    public string? SendGroup { get; set; }

    public string? HomePostcode { get; set; }

    public List<string> Interests { get; set; } = [];

    public string? TaskInterests { get; set; }

    public string? Strengths { get; set; }

    public List<string> WantsToTry { get; set; } = [];

    public List<string> AvoidSectors { get; set; } = [];

    public List<string> SupportNeeds { get; set; } = [];

    public string? AdjustmentsThatWork { get; set; }

    public List<string> EnvironmentToAvoid { get; set; } = [];

    public List<string> Communication { get; set; } = [];

    public string? CommunicationNotes { get; set; }

    public string? Travel { get; set; }

    public string? MaxTravelKm { get; set; }

    public string? MaxTravelMinutes { get; set; }

    public List<string> AvailableDays { get; set; } = [];

    public string? MaxHoursPerWeek { get; set; }

    public string? Aspirations { get; set; }

    public string? EhcpEmploymentOutcome { get; set; }

    public string? ConsentToShareSummary { get; set; }

    public string? FamilyContactName { get; set; }

    public string? FamilyContactEmail { get; set; }

    public static YoungPersonInput From(YoungPerson p) => new()
    {
        PreferredName = p.PreferredName,
        LegalFirstName = p.LegalFirstName,
        LegalSurname = p.LegalSurname,
        Upn = p.Upn,
        DateOfBirth = DateInput.From(p.DateOfBirth),
        SchoolId = p.SchoolId.ToString(CultureInfo.InvariantCulture),
        HasEhcp = p.HasEhcp ? "yes" : "no",
        SendGroup = p.SendGroup?.ToString() ?? "unsure",
        HomePostcode = p.HomePostcode,
        Interests = p.Interests.Select(s => s.ToString()).ToList(),
        TaskInterests = p.TaskInterests,
        Strengths = p.Strengths,
        WantsToTry = p.WantsToTry.Select(s => s.ToString()).ToList(),
        AvoidSectors = p.AvoidSectors.Select(s => s.ToString()).ToList(),
        SupportNeeds = EnumLabels.FlagsOf(p.SupportNeeds).Select(f => f.ToString()).ToList(),
        AdjustmentsThatWork = p.AdjustmentsThatWork,
        EnvironmentToAvoid = EnumLabels.FlagsOf(p.EnvironmentToAvoid).Select(f => f.ToString()).ToList(),
        Communication = EnumLabels.FlagsOf(p.Communication).Select(f => f.ToString()).ToList(),
        CommunicationNotes = p.CommunicationNotes,
        Travel = p.Travel == TravelIndependence.Unknown ? null : p.Travel.ToString(),
        MaxTravelKm = p.MaxTravelKm?.ToString(CultureInfo.InvariantCulture),
        MaxTravelMinutes = p.MaxTravelMinutes?.ToString(CultureInfo.InvariantCulture),
        AvailableDays = EnumLabels.FlagsOf(p.AvailableDays).Select(f => f.ToString()).ToList(),
        MaxHoursPerWeek = p.MaxHoursPerWeek?.ToString(CultureInfo.InvariantCulture),
        Aspirations = p.Aspirations,
        EhcpEmploymentOutcome = p.EhcpEmploymentOutcome,
        ConsentToShareSummary = p.ConsentToShareSummary ? "yes" : "no",
        FamilyContactName = p.FamilyContactName,
        FamilyContactEmail = p.FamilyContactEmail,
    };
}

/// <summary>Checks a young person's form and copies it onto the record, noting what changed.</summary>
public static class YoungPersonForm
{
    public const int MinimumAge = 11;
    public const int MaximumAge = 25;
    public const int MaxTextLength = FormValues.MaxTextLength;
    public const string EffectiveFromLabel = "Date of the change";

    public static IReadOnlyList<FieldError> Check(YoungPersonInput input, DateOnly today, IReadOnlyCollection<int> allowedSchoolIds)
    {
        var errors = new List<FieldError>();
        var name = EmployerProfileValidator.Clean(input.PreferredName);
        if (name.Length == 0)
        {
            errors.Add(new(nameof(input.PreferredName), "Enter the name they like to be called"));
        }
        else if (name.Length > 100)
        {
            errors.Add(new(nameof(input.PreferredName), "Name must be 100 characters or fewer"));
        }

        LegalName(errors, nameof(input.LegalFirstName), input.LegalFirstName, "Legal first name");
        LegalName(errors, nameof(input.LegalSurname), input.LegalSurname, "Legal surname");
        var upn = EmployerProfileValidator.Clean(input.Upn);
        if (upn.Length > 0 && !UniquePupilNumber.TryParse(upn, out _, out var upnError))
        {
            errors.Add(new(nameof(input.Upn), upnError!));
        }

        if (!input.DateOfBirth.TryRead("Date of birth", out var dob, out var dateError))
        {
            errors.Add(new(nameof(input.DateOfBirth), dateError!));
        }
        else if (dob > today)
        {
            errors.Add(new(nameof(input.DateOfBirth), "Date of birth must be in the past"));
        }
        else if (SchoolYear.AgeOn(dob, today) is var age && (age < MinimumAge || age > MaximumAge))
        {
            errors.Add(new(nameof(input.DateOfBirth), $"Date of birth must be for someone aged {MinimumAge} to {MaximumAge}; this date makes them {age}"));
        }

        if (!int.TryParse(input.SchoolId, NumberStyles.None, CultureInfo.InvariantCulture, out var schoolId) || !allowedSchoolIds.Contains(schoolId))
        {
            errors.Add(new(nameof(input.SchoolId), "Select their school or college"));
        }

        if (input.HasEhcp is not ("yes" or "no"))
        {
            errors.Add(new(nameof(input.HasEhcp), "Select yes if they have an education, health and care plan"));
        }

        if (input.SendGroup is not null and not "unsure" && !EmployerProfileValidator.TryParseEnum<CareerSendGroup>(input.SendGroup, out _))
        {
            errors.Add(new(nameof(input.SendGroup), "Select a group from the list"));
        }

        var postcode = EmployerProfileValidator.Clean(input.HomePostcode);
        if (postcode.Length > 0 && (postcode.Length > 10 || !Postcode.TryParse(postcode, out _)))
        {
            errors.Add(new(nameof(input.HomePostcode), "Enter a full UK postcode, like LS8 2QT, or leave it empty"));
        }

        FormValues.CheckChoices<Sector>(errors, nameof(input.Interests), input.Interests);
        FormValues.CheckLength(errors, nameof(input.TaskInterests), input.TaskInterests, "Tasks they enjoy");
        FormValues.CheckLength(errors, nameof(input.Strengths), input.Strengths, "Strengths and skills");
        FormValues.CheckChoices<Sector>(errors, nameof(input.WantsToTry), input.WantsToTry);
        FormValues.CheckChoices<Sector>(errors, nameof(input.AvoidSectors), input.AvoidSectors);
        var both = input.Interests.Intersect(input.AvoidSectors).FirstOrDefault();
        if (both is not null && EmployerProfileValidator.TryParseEnum<Sector>(both, out var clash))
        {
            errors.Add(new(nameof(input.AvoidSectors), $"{EnumLabels.For(clash)} cannot be both an interest and something to avoid"));
        }

        FormValues.CheckChoices<SupportFeature>(errors, nameof(input.SupportNeeds), input.SupportNeeds);
        FormValues.CheckLength(errors, nameof(input.AdjustmentsThatWork), input.AdjustmentsThatWork, "Adjustments that work");
        FormValues.CheckChoices<EnvironmentFactor>(errors, nameof(input.EnvironmentToAvoid), input.EnvironmentToAvoid);
        FormValues.CheckChoices<CommunicationMethod>(errors, nameof(input.Communication), input.Communication);
        FormValues.CheckLength(errors, nameof(input.CommunicationNotes), input.CommunicationNotes, "Communication notes");
        if (input.Travel is not null && !EmployerProfileValidator.TryParseEnum<TravelIndependence>(input.Travel, out _))
        {
            errors.Add(new(nameof(input.Travel), "Select how they travel from the list"));
        }

        Number(errors, nameof(input.MaxTravelKm), input.MaxTravelKm, 1, 100, "Furthest distance", "kilometres");
        Number(errors, nameof(input.MaxTravelMinutes), input.MaxTravelMinutes, 5, 180, "Longest journey", "minutes");
        FormValues.CheckChoices<WeekDays>(errors, nameof(input.AvailableDays), input.AvailableDays);
        Number(errors, nameof(input.MaxHoursPerWeek), input.MaxHoursPerWeek, 1, 40, "Hours a week", "hours");
        FormValues.CheckLength(errors, nameof(input.Aspirations), input.Aspirations, "Aspirations");
        FormValues.CheckLength(errors, nameof(input.EhcpEmploymentOutcome), input.EhcpEmploymentOutcome, "EHCP employment outcome");
        if (input.ConsentToShareSummary is not ("yes" or "no"))
        {
            errors.Add(new(nameof(input.ConsentToShareSummary), "Select yes if they agreed that a summary may be shared with an employer"));
        }

        var family = EmployerProfileValidator.Clean(input.FamilyContactName);
        if (family.Length > 100)
        {
            errors.Add(new(nameof(input.FamilyContactName), "Name must be 100 characters or fewer"));
        }

        var familyEmail = EmployerProfileValidator.Clean(input.FamilyContactEmail);
        if (familyEmail.Length > 0 && (familyEmail.Length > 254 || !EmployerProfileValidator.IsEmailAddress(familyEmail)))
        {
            errors.Add(new(nameof(input.FamilyContactEmail), "Enter an e-mail address in the correct format, like name@example.com, or leave it empty"));
        }

        return errors;
    }

    /// <summary>
    /// When the form changes their EHCP answer or school or college, checks the date the change is true from:
    /// a real date, not in the future and not before they were born. Otherwise the date is not used.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckEffectiveFrom(YoungPersonInput input, YoungPerson person, DateOnly today)
    {
        var ehcpChanged = input.HasEhcp is "yes" or "no" && (input.HasEhcp == "yes") != person.HasEhcp;
        var schoolChanged = int.TryParse(input.SchoolId, NumberStyles.None, CultureInfo.InvariantCulture, out var schoolId) && schoolId != person.SchoolId;
        if (!ehcpChanged && !schoolChanged)
        {
            return [];
        }

        if (!input.EffectiveFrom.TryRead(EffectiveFromLabel, out var from, out var dateError, example: "3 3 2025"))
        {
            return [new(nameof(input.EffectiveFrom), dateError!)];
        }

        if (from > today)
        {
            return [new(nameof(input.EffectiveFrom), $"{EffectiveFromLabel} must be today or in the past")];
        }

        var dateOfBirth = input.DateOfBirth.TryRead("Date of birth", out var typed, out _) ? typed : person.DateOfBirth;
        return from < dateOfBirth ? [new(nameof(input.EffectiveFrom), $"{EffectiveFromLabel} must be on or after their date of birth")] : [];
    }

    /// <summary>Copies valid input onto the record and returns what changed, field by field, in words.</summary>
    public static IReadOnlyList<(string Field, string? Before, string? After)> Apply(YoungPerson person, YoungPersonInput input, OutcodeDirectory outcodes)
    {
        var before = Describe(person);
        person.PreferredName = EmployerProfileValidator.Clean(input.PreferredName);
        person.LegalFirstName = FormValues.Optional(input.LegalFirstName);
        person.LegalSurname = FormValues.Optional(input.LegalSurname);
        person.Upn = UniquePupilNumber.TryParse(input.Upn, out var upn, out _) ? upn : null;
        input.DateOfBirth.TryRead("Date of birth", out var dob, out _);
        person.DateOfBirth = dob;
        person.SchoolId = int.Parse(input.SchoolId!, CultureInfo.InvariantCulture);
        person.HasEhcp = input.HasEhcp == "yes";
        person.SendGroup = EmployerProfileValidator.TryParseEnum<CareerSendGroup>(input.SendGroup, out var group) ? group : null;
        if (Postcode.TryParse(EmployerProfileValidator.Clean(input.HomePostcode), out var postcode))
        {
            person.HomePostcode = postcode.ToString();
            person.HomeOutwardCode = postcode.Outward;
            person.HomeLocationKnown = outcodes.IsKnown(postcode.Outward);
        }
        else
        {
            person.HomePostcode = null;
            person.HomeOutwardCode = null;
            person.HomeLocationKnown = false;
        }

        person.Interests = FormValues.Choices<Sector>(input.Interests);
        person.TaskInterests = FormValues.Optional(input.TaskInterests);
        person.Strengths = FormValues.Optional(input.Strengths);
        person.WantsToTry = FormValues.Choices<Sector>(input.WantsToTry);
        person.AvoidSectors = FormValues.Choices<Sector>(input.AvoidSectors);
        person.SupportNeeds = EnumLabels.Combine(FormValues.Choices<SupportFeature>(input.SupportNeeds));
        person.AdjustmentsThatWork = FormValues.Optional(input.AdjustmentsThatWork);
        person.EnvironmentToAvoid = EnumLabels.Combine(FormValues.Choices<EnvironmentFactor>(input.EnvironmentToAvoid));
        person.Communication = EnumLabels.Combine(FormValues.Choices<CommunicationMethod>(input.Communication));
        person.CommunicationNotes = FormValues.Optional(input.CommunicationNotes);
        person.Travel = EmployerProfileValidator.TryParseEnum<TravelIndependence>(input.Travel, out var travel) ? travel : TravelIndependence.Unknown;
        person.MaxTravelKm = FormValues.OptionalInt(input.MaxTravelKm);
        person.MaxTravelMinutes = FormValues.OptionalInt(input.MaxTravelMinutes);
        person.AvailableDays = EnumLabels.Combine(FormValues.Choices<WeekDays>(input.AvailableDays));
        person.MaxHoursPerWeek = FormValues.OptionalInt(input.MaxHoursPerWeek);
        person.Aspirations = FormValues.Optional(input.Aspirations);
        person.EhcpEmploymentOutcome = FormValues.Optional(input.EhcpEmploymentOutcome);
        person.ConsentToShareSummary = input.ConsentToShareSummary == "yes";
        person.FamilyContactName = FormValues.Optional(input.FamilyContactName);
        person.FamilyContactEmail = FormValues.Optional(input.FamilyContactEmail);

        var after = Describe(person);
        return before.Keys
            .Where(k => before[k] != after[k])
            .Select(k => (k, before[k], after[k]))
            .ToList();
    }

    /// <summary>Every field in words, as the history shows it.</summary>
    public static Dictionary<string, string?> Describe(YoungPerson p) => new()
    {
        ["Preferred name"] = p.PreferredName,
        ["Legal first name"] = p.LegalFirstName,
        ["Legal surname"] = p.LegalSurname,
        ["UPN"] = p.Upn,
        ["Date of birth"] = p.DateOfBirth == default ? null : UkFormat.Date(p.DateOfBirth),
        ["School or college"] = p.SchoolId.ToString(CultureInfo.InvariantCulture),
        ["EHCP"] = p.HasEhcp ? "Yes" : "No",
        ["Career SEND group"] = p.SendGroup is { } g ? EnumLabels.For(g) : null,
        ["Home postcode"] = p.HomePostcode,
        ["Interests"] = Join(p.Interests.Cast<Enum>()),
        ["Tasks they enjoy"] = p.TaskInterests,
        ["Strengths and skills"] = p.Strengths,
        ["Would like to try"] = Join(p.WantsToTry.Cast<Enum>()),
        ["Would rather avoid"] = Join(p.AvoidSectors.Cast<Enum>()),
        ["Support needed"] = Join(EnumLabels.FlagsOf(p.SupportNeeds).Cast<Enum>()),
        ["Adjustments that work"] = p.AdjustmentsThatWork,
        ["Places to avoid"] = Join(EnumLabels.FlagsOf(p.EnvironmentToAvoid).Cast<Enum>()),
        ["Communication"] = Join(EnumLabels.FlagsOf(p.Communication).Cast<Enum>()),
        ["Communication notes"] = p.CommunicationNotes,
        ["Travel"] = p.Travel == TravelIndependence.Unknown ? null : EnumLabels.For(p.Travel),
        ["Furthest distance"] = p.MaxTravelKm is { } km ? $"{km} km" : null,
        ["Longest journey"] = p.MaxTravelMinutes is { } m ? $"{m} minutes" : null,
        ["Days available"] = Join(EnumLabels.FlagsOf(p.AvailableDays).Cast<Enum>()),
        ["Hours a week"] = p.MaxHoursPerWeek?.ToString(CultureInfo.InvariantCulture),
        ["Aspirations"] = p.Aspirations,
        ["EHCP employment outcome"] = p.EhcpEmploymentOutcome,
        ["Summary may be shared"] = p.ConsentToShareSummary ? "Yes" : "No",
        ["Family contact"] = p.FamilyContactName,
        ["Family e-mail"] = p.FamilyContactEmail,
    };

    private static string? Join(IEnumerable<Enum> values)
    {
        var text = EnumLabels.List(values);
        return text.Length == 0 ? null : text;
    }

    private static void LegalName(List<FieldError> errors, string field, string? value, string label)
    {
        var text = EmployerProfileValidator.Clean(value);
        if (text.Length > 100)
        {
            errors.Add(new(field, $"{label} must be 100 characters or fewer"));
        }
        else if (text.Length > 0 && ImportRowReader.Unsafe(text) is not null)
        {
            errors.Add(new(field, $"{label} must not start with =, +, - or @, or contain < or >"));
        }
    }

    private static void Number(List<FieldError> errors, string field, string? value, int min, int max, string label, string unit)
    {
        var text = EmployerProfileValidator.Clean(value);
        if (text.Length == 0)
        {
            return;
        }

        if (text.StartsWith('-'))
        {
            errors.Add(new(field, $"{label} cannot be negative"));
        }
        else if (text.Length > 6 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            errors.Add(new(field, $"{label} must be a whole number of {unit}, like {min + 9}"));
        }
        else if (number < min || number > max)
        {
            errors.Add(new(field, $"{label} must be between {min} and {max} {unit}"));
        }
    }
}
