using System.Globalization;
using System.Security.Claims;

namespace SendCareers.Web.Security;

public static class ClaimsPrincipalExtensions
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static int? SchoolId(this ClaimsPrincipal user) => IntClaim(user, AppClaimsPrincipalFactory.SchoolId);

    public static int? EmployerId(this ClaimsPrincipal user) => IntClaim(user, AppClaimsPrincipalFactory.EmployerId);

    public static bool IsHubAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.HubAdmin);

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
