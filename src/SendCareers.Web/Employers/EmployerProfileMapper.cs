using System.Globalization;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Employers;

/// <summary>Between the typed form and the stored <see cref="Employer"/>. Only call <see cref="ApplyTo"/> on valid input.</summary>
public static class EmployerProfileMapper
{
    public static void ApplyTo(Employer employer, EmployerProfileInput input, OutcodeDirectory outcodes)
    {
        employer.OrganisationName = EmployerProfileValidator.Clean(input.OrganisationName);
        if (EmployerProfileValidator.TryNormalisePostcode(input.Postcode, out var postcode))
        {
            employer.Postcode = postcode!.ToString();
            employer.OutwardCode = postcode.Outward;
            employer.LocationKnown = outcodes.IsKnown(postcode.Outward);
        }

        employer.Size = Parse<OrganisationSize>(input.Size);
        employer.Sectors = Distinct<Sector>(input.Sectors);
        employer.ContactName = EmployerProfileValidator.Clean(input.ContactName);
        employer.ContactEmail = EmployerProfileValidator.Clean(input.ContactEmail);
        var phone = EmployerProfileValidator.Clean(input.Phone);
        employer.Phone = phone.Length == 0 ? null : phone;
        employer.Offers = Distinct<OfferKind>(input.Offers);
        employer.HoursPledgedPerYear = int.Parse(EmployerProfileValidator.Clean(input.HoursPerYear), NumberStyles.None, CultureInfo.InvariantCulture);
        employer.Days = EnumLabels.Combine(Distinct<WeekDays>(input.Days));
        employer.Times = EnumLabels.Combine(Distinct<TimeSlots>(input.Times));
        employer.TravelMiles = input.Travel == "any" ? null : int.Parse(input.Travel!, CultureInfo.InvariantCulture);
        employer.Access = EnumLabels.Combine(Distinct<WorkplaceAccess>(input.Access));
        employer.DisabilityConfident = Parse<DisabilityConfidentLevel>(input.DisabilityConfident);
        employer.ListPublicly = input.ListPublicly == "yes";
        employer.ConsentToContact = input.ConsentToContact == "yes";
    }

    public static EmployerProfileInput FromEmployer(Employer employer) => new()
    {
        OrganisationName = employer.OrganisationName,
        Postcode = employer.Postcode,
        Size = employer.Size.ToString(),
        Sectors = employer.Sectors.Select(s => s.ToString()).ToList(),
        ContactName = employer.ContactName,
        ContactEmail = employer.ContactEmail,
        Phone = employer.Phone,
        Offers = employer.Offers.Select(o => o.ToString()).ToList(),
        HoursPerYear = employer.HoursPledgedPerYear.ToString(CultureInfo.InvariantCulture),
        Days = EnumLabels.FlagsOf(employer.Days).Select(d => d.ToString()).ToList(),
        Times = EnumLabels.FlagsOf(employer.Times).Select(t => t.ToString()).ToList(),
        Travel = employer.TravelMiles?.ToString(CultureInfo.InvariantCulture) ?? "any",
        Access = EnumLabels.FlagsOf(employer.Access).Select(a => a.ToString()).ToList(),
        DisabilityConfident = employer.DisabilityConfident.ToString(),
        ListPublicly = employer.ListPublicly ? "yes" : "no",
        ConsentToContact = employer.ConsentToContact ? "yes" : null,
    };

    private static TEnum Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        EmployerProfileValidator.TryParseEnum<TEnum>(text, out var value) ? value : default;

    private static List<TEnum> Distinct<TEnum>(IEnumerable<string> texts)
        where TEnum : struct, Enum =>
        texts.Select(t => EmployerProfileValidator.TryParseEnum<TEnum>(t, out var v) ? v : default)
            .Where(v => !v.Equals(default(TEnum)))
            .Distinct()
            .Order()
            .ToList();
}

/// <summary>The options offered on the employer forms, in the order people expect to read them.</summary>
public static class EmployerChoices
{
    public static IReadOnlyList<ChoiceItem> Sizes { get; } = Enum.GetValues<OrganisationSize>().Select(Item).ToList();

    public static IReadOnlyList<ChoiceItem> Sectors { get; } = Enum.GetValues<Sector>()
        .Select(Item).OrderBy(i => i.Text, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<ChoiceItem> Offers { get; } =
    [
        Item(OfferKind.TalkOrAssembly) with { Hint = "Tell a group what your work is like: about an hour" },
        Item(OfferKind.WorkplaceVisit) with { Hint = "Show a small group around your workplace" },
        Item(OfferKind.MockInterviews) with { Hint = "Practise interviews with young people, with feedback" },
        Item(OfferKind.CvAndApplicationHelp),
        Item(OfferKind.Mentoring) with { Hint = "Meet one young person regularly over a term or more" },
        Item(OfferKind.WorkExperience) with { Hint = "Host a young person for a few days or weeks" },
        Item(OfferKind.SupportedInternship) with { Hint = "A year-long unpaid study programme in your workplace, with a job coach" },
        Item(OfferKind.Apprenticeship),
        Item(OfferKind.JobCarving) with { Hint = "Shape a role from tasks your team needs done" },
    ];

    public static IReadOnlyList<ChoiceItem> Days { get; } = EmployerProfileValidator.SchoolDays.Select(Item).ToList();

    public static IReadOnlyList<ChoiceItem> Times { get; } = EnumLabels.SingleFlags<TimeSlots>().Select(Item).ToList();

    public static IReadOnlyList<ChoiceItem> Travel { get; } =
    [
        new("5", "Up to 5 miles"),
        new("10", "Up to 10 miles"),
        new("25", "Up to 25 miles"),
        new("any", "Anywhere in the hub's area"),
    ];

    public static IReadOnlyList<ChoiceItem> Access { get; } = EnumLabels.SingleFlags<WorkplaceAccess>().Select(Item).ToList();

    public static IReadOnlyList<ChoiceItem> DisabilityConfident { get; } = Enum.GetValues<DisabilityConfidentLevel>().Select(Item).ToList();

    public static IReadOnlyList<ChoiceItem> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    public static IReadOnlyList<ChoiceItem> Consent { get; } =
        [new("yes", "I agree that the hub may contact me about encounters and placements")];

    public static string TravelLabel(int? miles) => miles is null ? "Anywhere in the hub's area" : $"Up to {miles} miles";

    private static ChoiceItem Item<TEnum>(TEnum value)
        where TEnum : struct, Enum => new(value.ToString(), EnumLabels.For(value));
}
