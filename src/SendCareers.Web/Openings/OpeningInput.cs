using System.Globalization;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Openings;

/// <summary>An opening as typed on the form: everything is text until it has been checked.</summary>
public sealed class OpeningInput
{
    public string? EmployerId { get; set; }

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Sector { get; set; }

    public string? Tasks { get; set; }

    public string? SkillsWanted { get; set; }

    public string? Postcode { get; set; }

    public string? Address { get; set; }

    public string? MeetingPoint { get; set; }

    public List<string> Days { get; set; } = [];

    public string? HoursPerWeek { get; set; }

    public DateInput StartsOn { get; set; } = new();

    public DateInput EndsOn { get; set; } = new();

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Places { get; set; }

    public List<string> SupportOffered { get; set; } = [];

    public List<string> EnvironmentPresent { get; set; } = [];

    public List<string> CommunicationSupported { get; set; } = [];

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    public string? EhcpRequired { get; set; }

    public string? HasContract { get; set; }

    public string? Status { get; set; }

    public static OpeningInput From(Opening o) => new()
    {
        EmployerId = o.EmployerId.ToString(CultureInfo.InvariantCulture),
        Kind = o.Kind.ToString(),
        Title = o.Title,
        Sector = o.Sector.ToString(),
        Tasks = o.Tasks,
        SkillsWanted = o.SkillsWanted,
        Postcode = o.Postcode,
        Address = o.Address,
        MeetingPoint = o.MeetingPoint,
        Days = EnumLabels.FlagsOf(o.Days).Select(d => d.ToString()).ToList(),
        HoursPerWeek = o.HoursPerWeek?.ToString("0.#", CultureInfo.InvariantCulture),
        StartsOn = DateInput.From(o.StartsOn),
        EndsOn = DateInput.From(o.EndsOn),
        StartTime = o.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
        EndTime = o.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Places = o.Places.ToString(CultureInfo.InvariantCulture),
        SupportOffered = EnumLabels.FlagsOf(o.SupportOffered).Select(f => f.ToString()).ToList(),
        EnvironmentPresent = EnumLabels.FlagsOf(o.EnvironmentPresent).Select(f => f.ToString()).ToList(),
        CommunicationSupported = EnumLabels.FlagsOf(o.CommunicationSupported).Select(f => f.ToString()).ToList(),
        MinimumAge = o.MinimumAge?.ToString(CultureInfo.InvariantCulture),
        MaximumAge = o.MaximumAge?.ToString(CultureInfo.InvariantCulture),
        EhcpRequired = o.EhcpRequired ? "yes" : "no",
        HasContract = o.HasContract ? "yes" : "no",
        Status = o.Status.ToString(),
    };
}

/// <summary>
/// Checks an opening against the rules people in the field work to, in plain words, and copies a valid
/// one onto the record. A supported internship is for 16 to 24 year olds with an EHCP and lasts at
/// least 6 months; paid employment is 16 or more hours a week with a contract; traineeships have ended.
/// </summary>
public static class OpeningForm
{
    public const int MaxTitleLength = 120;
    public const int MaxTextLength = FormValues.MaxTextLength;
    public const int MaxPlaces = 100;
    public const int YoungestAge = 11;
    public const int OldestAge = 25;
    public const int PaidEmploymentMinimumHours = 16;
    public const int InternshipMinimumMonths = 6;

    public static IReadOnlyList<FieldError> Check(OpeningInput input, IReadOnlyCollection<int>? allowedEmployerIds)
    {
        var errors = new List<FieldError>();
        if (allowedEmployerIds is not null
            && (!int.TryParse(input.EmployerId, NumberStyles.None, CultureInfo.InvariantCulture, out var employerId) || !allowedEmployerIds.Contains(employerId)))
        {
            errors.Add(new(nameof(input.EmployerId), "Select the employer offering this opening"));
        }

        var kindText = EmployerProfileValidator.Clean(input.Kind);
        OpeningKind? kind = null;
        if (kindText.Contains("traineeship", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(nameof(input.Kind), TraineeshipMessage));
        }
        else if (!EmployerProfileValidator.TryParseEnum<OpeningKind>(kindText, out var parsedKind))
        {
            errors.Add(new(nameof(input.Kind), "Select the kind of opening"));
        }
        else
        {
            kind = parsedKind;
        }

        var title = EmployerProfileValidator.Clean(input.Title);
        if (title.Length == 0)
        {
            errors.Add(new(nameof(input.Title), "Enter a title, like \"Kitchen assistant\" or \"Talk about working in a hospital\""));
        }
        else if (title.Length > MaxTitleLength)
        {
            errors.Add(new(nameof(input.Title), $"Title must be {MaxTitleLength} characters or fewer"));
        }
        else if (title.Contains("traineeship", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new(nameof(input.Title), TraineeshipMessage));
        }

        if (!EmployerProfileValidator.TryParseEnum<Sector>(input.Sector, out _))
        {
            errors.Add(new(nameof(input.Sector), "Select the kind of work"));
        }

        FormValues.CheckLength(errors, nameof(input.Tasks), input.Tasks, "Tasks");
        FormValues.CheckLength(errors, nameof(input.SkillsWanted), input.SkillsWanted, "Skills that help");

        var postcode = EmployerProfileValidator.Clean(input.Postcode);
        if (postcode.Length == 0)
        {
            errors.Add(new(nameof(input.Postcode), "Enter the postcode of the place where it happens"));
        }
        else if (postcode.Length > 10 || !Domain.Places.Postcode.TryParse(postcode, out _))
        {
            errors.Add(new(nameof(input.Postcode), "Enter a full UK postcode, like LS1 4AP"));
        }

        FormValues.CheckPlaceLength(errors, nameof(input.Address), input.Address, "Address");
        FormValues.CheckPlaceLength(errors, nameof(input.MeetingPoint), input.MeetingPoint, "Meeting point");
        FormValues.CheckChoices<WeekDays>(errors, nameof(input.Days), input.Days);

        decimal? hours = null;
        var hoursText = EmployerProfileValidator.Clean(input.HoursPerWeek);
        if (hoursText.Length > 0)
        {
            if (hoursText.StartsWith('-'))
            {
                errors.Add(new(nameof(input.HoursPerWeek), "Hours a week cannot be negative"));
            }
            else if (hoursText.Length > 5 || !decimal.TryParse(hoursText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h))
            {
                errors.Add(new(nameof(input.HoursPerWeek), "Hours a week must be a number, like 15 or 7.5"));
            }
            else if (h is <= 0 or > 48)
            {
                errors.Add(new(nameof(input.HoursPerWeek), "Hours a week must be more than 0 and no more than 48"));
            }
            else
            {
                hours = h;
            }
        }

        DateOnly? starts = ReadDate(errors, nameof(input.StartsOn), input.StartsOn, "Start date");
        DateOnly? ends = ReadDate(errors, nameof(input.EndsOn), input.EndsOn, "End date");
        if (starts is { } s && ends is { } e && e < s)
        {
            errors.Add(new(nameof(input.EndsOn), "End date must be the same as or after the start date"));
        }

        var startTime = ReadTime(errors, nameof(input.StartTime), input.StartTime, "Start time");
        var endTime = ReadTime(errors, nameof(input.EndTime), input.EndTime, "End time");
        if (startTime is { } st && endTime is { } et && et <= st)
        {
            errors.Add(new(nameof(input.EndTime), "End time must be after the start time"));
        }

        var placesText = EmployerProfileValidator.Clean(input.Places);
        if (placesText.Length == 0)
        {
            errors.Add(new(nameof(input.Places), "Enter how many young people can take part"));
        }
        else if (placesText.StartsWith('-'))
        {
            errors.Add(new(nameof(input.Places), "Places cannot be negative"));
        }
        else if (placesText.Length > 4 || !int.TryParse(placesText, NumberStyles.None, CultureInfo.InvariantCulture, out var places) || places < 1 || places > MaxPlaces)
        {
            errors.Add(new(nameof(input.Places), $"Places must be a whole number from 1 to {MaxPlaces}"));
        }

        FormValues.CheckChoices<SupportFeature>(errors, nameof(input.SupportOffered), input.SupportOffered);
        FormValues.CheckChoices<EnvironmentFactor>(errors, nameof(input.EnvironmentPresent), input.EnvironmentPresent);
        FormValues.CheckChoices<CommunicationMethod>(errors, nameof(input.CommunicationSupported), input.CommunicationSupported);

        var minimumAge = Age(errors, nameof(input.MinimumAge), input.MinimumAge, "Youngest age");
        var maximumAge = Age(errors, nameof(input.MaximumAge), input.MaximumAge, "Oldest age");
        if (minimumAge is { } min && maximumAge is { } max && max < min)
        {
            errors.Add(new(nameof(input.MaximumAge), "Oldest age must be the same as or more than the youngest age"));
        }

        if (input.EhcpRequired is not ("yes" or "no"))
        {
            errors.Add(new(nameof(input.EhcpRequired), "Select yes if only young people with an EHCP can take part"));
        }

        if (input.HasContract is not ("yes" or "no"))
        {
            errors.Add(new(nameof(input.HasContract), "Select yes if a contract of employment is offered"));
        }

        if (!EmployerProfileValidator.TryParseEnum<OpeningStatus>(input.Status, out _))
        {
            errors.Add(new(nameof(input.Status), "Select whether the opening is a draft, open, filled or closed"));
        }

        if (kind == OpeningKind.SupportedInternship)
        {
            if (minimumAge is < 16 || minimumAge is null && EmployerProfileValidator.Clean(input.MinimumAge).Length == 0)
            {
                errors.Add(new(nameof(input.MinimumAge), "A supported internship is for ages 16 to 24: enter a youngest age of 16 or more"));
            }

            if (maximumAge is > 24 || maximumAge is null && EmployerProfileValidator.Clean(input.MaximumAge).Length == 0)
            {
                errors.Add(new(nameof(input.MaximumAge), "A supported internship is for ages 16 to 24: enter an oldest age of 24 or less"));
            }

            if (input.EhcpRequired == "no")
            {
                errors.Add(new(nameof(input.EhcpRequired), "A supported internship is for young people with an EHCP: select yes"));
            }

            if (starts is null && input.StartsOn.IsEmpty)
            {
                errors.Add(new(nameof(input.StartsOn), "Enter the start date: a supported internship must last at least 6 months"));
            }

            if (ends is null && input.EndsOn.IsEmpty)
            {
                errors.Add(new(nameof(input.EndsOn), "Enter the end date: a supported internship must last at least 6 months"));
            }
            else if (starts is { } from && ends is { } to && to >= from && to < from.AddMonths(InternshipMinimumMonths))
            {
                var months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
                errors.Add(new(nameof(input.EndsOn), $"A supported internship lasts at least 6 months; these dates give {(months < 1 ? "less than 1 month" : months == 1 ? "1 month" : $"{months} months")}"));
            }
        }

        if (kind is { } paid && paid.IsPaidEmployment())
        {
            if (hours is < PaidEmploymentMinimumHours || hours is null && hoursText.Length == 0)
            {
                errors.Add(new(nameof(input.HoursPerWeek), $"Paid employment means at least {PaidEmploymentMinimumHours} hours a week: enter {PaidEmploymentMinimumHours} or more"));
            }

            if (input.HasContract == "no")
            {
                errors.Add(new(nameof(input.HasContract), "Paid employment comes with a contract of employment: select yes, or choose another kind of opening"));
            }
        }

        return errors;
    }

    public const string TraineeshipMessage =
        "Traineeships no longer exist: they ended in July 2024. Choose work experience, a supported internship or an apprenticeship instead";

    /// <summary>Copies a checked form onto the record, including the outward code used for distances.</summary>
    public static void Apply(Opening opening, OpeningInput input, OutcodeDirectory outcodes, bool setEmployer)
    {
        if (setEmployer)
        {
            opening.EmployerId = int.Parse(input.EmployerId!, CultureInfo.InvariantCulture);
        }

        opening.Kind = Parse<OpeningKind>(input.Kind);
        opening.Title = EmployerProfileValidator.Clean(input.Title);
        opening.Sector = Parse<Sector>(input.Sector);
        opening.Tasks = FormValues.Optional(input.Tasks);
        opening.SkillsWanted = FormValues.Optional(input.SkillsWanted);
        if (!Domain.Places.Postcode.TryParse(EmployerProfileValidator.Clean(input.Postcode), out var postcode))
        {
            throw new InvalidOperationException("Apply is called only on a checked form");
        }

        opening.Postcode = postcode.ToString();
        opening.Address = FormValues.Optional(input.Address);
        opening.MeetingPoint = FormValues.Optional(input.MeetingPoint);
        opening.OutwardCode = postcode.Outward;
        opening.LocationKnown = outcodes.IsKnown(postcode.Outward);
        opening.Days = EnumLabels.Combine(FormValues.Choices<WeekDays>(input.Days));
        opening.HoursPerWeek = decimal.TryParse(EmployerProfileValidator.Clean(input.HoursPerWeek), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) ? hours : null;
        opening.StartsOn = input.StartsOn.IsEmpty ? null : input.StartsOn.TryRead("Start date", out var s, out _) ? s : null;
        opening.EndsOn = input.EndsOn.IsEmpty ? null : input.EndsOn.TryRead("End date", out var e, out _) ? e : null;
        opening.StartTime = ParseTime(input.StartTime);
        opening.EndTime = ParseTime(input.EndTime);
        opening.Places = int.Parse(EmployerProfileValidator.Clean(input.Places), CultureInfo.InvariantCulture);
        opening.SupportOffered = EnumLabels.Combine(FormValues.Choices<SupportFeature>(input.SupportOffered));
        opening.EnvironmentPresent = EnumLabels.Combine(FormValues.Choices<EnvironmentFactor>(input.EnvironmentPresent));
        opening.CommunicationSupported = EnumLabels.Combine(FormValues.Choices<CommunicationMethod>(input.CommunicationSupported));
        opening.MinimumAge = FormValues.OptionalInt(input.MinimumAge);
        opening.MaximumAge = FormValues.OptionalInt(input.MaximumAge);
        opening.EhcpRequired = input.EhcpRequired == "yes";
        opening.HasContract = input.HasContract == "yes";
        opening.Status = Parse<OpeningStatus>(input.Status);
    }

    private static TEnum Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        EmployerProfileValidator.TryParseEnum<TEnum>(text, out var value) ? value : throw new InvalidOperationException("Apply is called only on a checked form");

    /// <summary>A blank form with sensible starting values.</summary>
    public static OpeningInput Blank(string? employerId) => new()
    {
        EmployerId = employerId,
        Places = "1",
        EhcpRequired = "no",
        HasContract = "no",
        Status = nameof(OpeningStatus.Draft),
    };

    private static DateOnly? ReadDate(List<FieldError> errors, string field, DateInput input, string label)
    {
        if (input.IsEmpty)
        {
            return null;
        }

        if (!input.TryRead(label, out var date, out var error))
        {
            errors.Add(new(field, error!.Replace("like 27 3 2009", "like 1 9 2027", StringComparison.Ordinal)));
            return null;
        }

        return date;
    }

    private static TimeOnly? ReadTime(List<FieldError> errors, string field, string? text, string label)
    {
        var cleaned = EmployerProfileValidator.Clean(text);
        if (cleaned.Length == 0)
        {
            return null;
        }

        var time = ParseTime(cleaned);
        if (time is null)
        {
            errors.Add(new(field, $"{label} must be a time in the 24-hour clock, like 09:30 or 14:00"));
        }

        return time;
    }

    private static TimeOnly? ParseTime(string? text)
    {
        var cleaned = EmployerProfileValidator.Clean(text).Replace('.', ':');
        return cleaned.Length is >= 4 and <= 5
            && TimeOnly.TryParseExact(cleaned, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }

    private static int? Age(List<FieldError> errors, string field, string? text, string label)
    {
        var cleaned = EmployerProfileValidator.Clean(text);
        if (cleaned.Length == 0)
        {
            return null;
        }

        if (cleaned.StartsWith('-'))
        {
            errors.Add(new(field, $"{label} cannot be negative"));
            return null;
        }

        if (cleaned.Length > 3 || !int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age < YoungestAge || age > OldestAge)
        {
            errors.Add(new(field, $"{label} must be a whole number from {YoungestAge} to {OldestAge}"));
            return null;
        }

        return age;
    }
}
