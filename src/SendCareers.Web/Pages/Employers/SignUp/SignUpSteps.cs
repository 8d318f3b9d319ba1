using SendCareers.Web.Employers;

namespace SendCareers.Web.Pages.Employers.SignUp;

/// <summary>The pages of the sign-up, in order, with their addresses and headings.</summary>
public static class SignUpSteps
{
    public sealed record Step(EmployerProfileSection Section, string Slug, string Title, string Partial);

    public static readonly IReadOnlyList<Step> All =
    [
        new(EmployerProfileSection.Organisation, "organisation", "About your organisation", "Employer/_Organisation"),
        new(EmployerProfileSection.Contact, "contact", "Who should we contact?", "Employer/_Contact"),
        new(EmployerProfileSection.Offer, "offer", "What could you offer?", "Employer/_Offer"),
        new(EmployerProfileSection.Availability, "availability", "When could you help?", "Employer/_Availability"),
        new(EmployerProfileSection.Workplace, "workplace", "About your workplace", "Employer/_Workplace"),
        new(EmployerProfileSection.Permissions, "permissions", "Listing and contact", "Employer/_Permissions"),
    ];

    public static Step? BySlug(string? slug) => All.FirstOrDefault(s => s.Slug == slug);

    public static Step Of(EmployerProfileSection section) => All.First(s => s.Section == section);

    public static string UrlOf(Step step) => $"/employers/sign-up/{step.Slug}";

    public static Step? Next(Step step)
    {
        var index = All.ToList().IndexOf(step);
        return index + 1 < All.Count ? All[index + 1] : null;
    }

    public static Step? Previous(Step step)
    {
        var index = All.ToList().IndexOf(step);
        return index > 0 ? All[index - 1] : null;
    }

    /// <summary>The first page with a problem, or null when every answer is complete and valid.</summary>
    public static Step? FirstIncomplete(EmployerProfileInput draft) =>
        All.FirstOrDefault(s => EmployerProfileValidator.Check(draft, s.Section).Count > 0);
}
