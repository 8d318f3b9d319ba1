using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

/// <summary>Puts the display name and the school or employer a user belongs to into the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "display_name";
    public const string SchoolId = "school_id";
    public const string EmployerId = "employer_id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.SchoolId is { } school)
        {
            identity.AddClaim(new Claim(SchoolId, school.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.EmployerId is { } employer)
        {
            identity.AddClaim(new Claim(EmployerId, employer.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
