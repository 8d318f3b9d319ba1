using Microsoft.AspNetCore.Mvc;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

/// <summary>Where a person lands after signing in: the page they asked for if it is on this site, else their own home.</summary>
public static class SignInDestination
{
    public static string For(AppUser user, string? returnUrl, IUrlHelper url)
    {
        if (!string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl))
        {
            return returnUrl;
        }

        return user switch
        {
            { EmployerId: not null } => "/my-organisation",
            { SchoolId: not null } => "/coach",
            _ => "/admin",
        };
    }
}
