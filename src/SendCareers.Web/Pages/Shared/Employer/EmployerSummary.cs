using System.Globalization;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;

namespace SendCareers.Web.Pages.Shared.Employer;

/// <summary>What the summary partial shows: groups of labelled answers, each with an optional change link.</summary>
public sealed record EmployerSummary(IReadOnlyList<EmployerSummary.Group> Groups)
{
    public sealed record Row(string Key, IReadOnlyList<string> Values);

    public sealed record Group(string Title, string? ChangeUrl, IReadOnlyList<Row> Rows);

    /// <summary>Summarises an employer as stored; <paramref name="changeUrl"/> gives each section's change link, if any.</summary>
    public static EmployerSummary Of(Data.Entities.Employer e, Func<EmployerProfileSection, string?> changeUrl, bool includeContact = true)
    {
        var groups = new List<Group>
        {
            new("Organisation", changeUrl(EmployerProfileSection.Organisation),
            [
                new("Organisation name", [e.OrganisationName]),
                new("Workplace postcode", [e.LocationKnown ? e.Postcode : $"{e.Postcode} (distance unknown)"]),
                new("People working there", [EnumLabels.For(e.Size)]),
                new("Kind of work", e.Sectors.Select(s => EnumLabels.For(s)).ToList()),
            ]),
        };
        if (includeContact)
        {
            groups.Add(new("Contact", changeUrl(EmployerProfileSection.Contact),
            [
                new("Name", [e.ContactName]),
                new("Work e-mail address", [e.ContactEmail]),
                new("Telephone number", e.Phone is null ? [] : [e.Phone]),
            ]));
        }

        groups.Add(new("Offer", changeUrl(EmployerProfileSection.Offer),
        [
            new("Offers", e.Offers.Select(o => EnumLabels.For(o)).ToList()),
            new("Hours a year", [string.Create(CultureInfo.InvariantCulture, $"{e.HoursPledgedPerYear:N0}")]),
        ]));
        groups.Add(new("Availability", changeUrl(EmployerProfileSection.Availability),
        [
            new("Days", EnumLabels.FlagsOf(e.Days).Select(d => EnumLabels.For(d)).ToList()),
            new("Times", EnumLabels.FlagsOf(e.Times).Select(t => EnumLabels.For(t)).ToList()),
            new("Travel to schools", [EmployerChoices.TravelLabel(e.TravelMiles)]),
        ]));
        groups.Add(new("Workplace", changeUrl(EmployerProfileSection.Workplace),
        [
            new("Workplace has", EnumLabels.FlagsOf(e.Access).Select(a => EnumLabels.For(a)).ToList()),
            new("Disability Confident", [EnumLabels.For(e.DisabilityConfident)]),
        ]));
        groups.Add(new("Listing and contact", changeUrl(EmployerProfileSection.Permissions),
        [
            new("Listed publicly", [e.ListPublicly ? "Yes" : "No"]),
            new("Agreed to be contacted", [e.ConsentToContact ? "Yes" : "No"]),
        ]));
        return new EmployerSummary(groups);
    }
}
