using System.Security.Claims;
using SendCareers.Web.Security;

namespace SendCareers.Web;

public sealed record NavigationItem(string Text, string Href)
{
    public bool IsActive(string path) =>
        Href == "/" ? path == "/" : path.Equals(Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(Href + "/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The service navigation for each kind of visitor; guidance is open to everyone.</summary>
public static class NavigationItems
{
    private static readonly List<NavigationItem> Public =
    [
        new("Home", "/"),
        new("Give an hour", "/employers/sign-up"),
        new("Our employers", "/our-employers"),
        new("Tips for employers", "/employers/tips"),
        new("Families", "/families"),
        new("Schools", "/schools"),
    ];

    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.HubAdmin))
        {
            return
            [
                new("Hub admin", "/admin"),
                new("Employers", "/admin/employers"),
                new("Young people", "/coach/young-people"),
                new("Placements", "/coach/placements"),
                new("Encounters", "/coach/encounters"),
                new("Sent mail", "/admin/sent-mail"),
                new("Guidance", "/employers/tips"),
            ];
        }

        if (user.IsInRole(Roles.JobCoach))
        {
            return
            [
                new("Caseload", "/coach"),
                new("Young people", "/coach/young-people"),
                new("Placements", "/coach/placements"),
                new("Encounters", "/coach/encounters"),
                new("Guidance", "/schools"),
            ];
        }

        if (user.IsInRole(Roles.Employer))
        {
            return
            [
                new("Your organisation", "/my-organisation"),
                new("Placements", "/my-organisation/placements"),
                new("Encounters", "/my-organisation/encounters"),
                new("Tips for employers", "/employers/tips"),
            ];
        }

        return Public;
    }
}
