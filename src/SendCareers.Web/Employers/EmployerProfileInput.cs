using System.Text.Json.Serialization;

namespace SendCareers.Web.Employers;

/// <summary>
/// What an employer tells us about itself, as typed. Everything is a string or a list of strings so that
/// nothing a person types can fail to bind: <see cref="EmployerProfileValidator"/> turns it into plain
/// GOV.UK-style messages, and <see cref="EmployerProfileMapper"/> into an <c>Employer</c> once it is valid.
/// Used by the sign-up journey (one section per page), by the employer's own edit page, and kept in the
/// sign-up draft cookie between pages.
/// </summary>
public sealed class EmployerProfileInput
{
    public string? OrganisationName { get; set; }

    public string? Postcode { get; set; }

    public string? Size { get; set; }

    public List<string> Sectors { get; set; } = [];

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? Phone { get; set; }

    public List<string> Offers { get; set; } = [];

    public string? HoursPerYear { get; set; }

    public List<string> Days { get; set; } = [];

    public List<string> Times { get; set; } = [];

    /// <summary>"5", "10", "25" (miles) or "any".</summary>
    public string? Travel { get; set; }

    public List<string> Access { get; set; } = [];

    public string? DisabilityConfident { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? ListPublicly { get; set; }

    /// <summary>"yes" when the box is ticked.</summary>
    public string? ConsentToContact { get; set; }

    /// <summary>Copies the fields of one section from <paramref name="posted"/>, leaving the rest alone.</summary>
    public void CopySection(EmployerProfileSection section, EmployerProfileInput posted)
    {
        switch (section)
        {
            case EmployerProfileSection.Organisation:
                OrganisationName = posted.OrganisationName;
                Postcode = posted.Postcode;
                Size = posted.Size;
                Sectors = posted.Sectors;
                break;
            case EmployerProfileSection.Contact:
                ContactName = posted.ContactName;
                ContactEmail = posted.ContactEmail;
                Phone = posted.Phone;
                break;
            case EmployerProfileSection.Offer:
                Offers = posted.Offers;
                HoursPerYear = posted.HoursPerYear;
                break;
            case EmployerProfileSection.Availability:
                Days = posted.Days;
                Times = posted.Times;
                Travel = posted.Travel;
                break;
            case EmployerProfileSection.Workplace:
                Access = posted.Access;
                DisabilityConfident = posted.DisabilityConfident;
                break;
            case EmployerProfileSection.Permissions:
                ListPublicly = posted.ListPublicly;
                ConsentToContact = posted.ConsentToContact;
                break;
        }
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<EmployerProfileSection>))]
public enum EmployerProfileSection
{
    Organisation = 1,
    Contact,
    Offer,
    Availability,
    Workplace,
    Permissions,
}
