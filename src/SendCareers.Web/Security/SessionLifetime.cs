using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SendCareers.Web.Security;

/// <summary>
/// Sessions end after 30 idle minutes (sliding cookie) and, however active, 8 hours after signing in:
/// a shared school computer must not stay signed in to young people's records.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);
    private const string AbsoluteExpiryKey = "sc.absolute-expiry";

    public static void Configure(CookieAuthenticationOptions options, TimeProvider? clock = null)
    {
        options.ExpireTimeSpan = Idle;
        options.SlidingExpiration = true;
        options.Events.OnSigningIn = context =>
        {
            var now = (clock ?? context.HttpContext.RequestServices.GetRequiredService<TimeProvider>()).GetUtcNow();
            context.Properties.Items.TryAdd(AbsoluteExpiryKey, (now + Absolute).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        var validateStamp = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = (clock ?? context.HttpContext.RequestServices.GetRequiredService<TimeProvider>()).GetUtcNow().ToUnixTimeSeconds();
            if (context.Properties.Items.TryGetValue(AbsoluteExpiryKey, out var value)
                && long.TryParse(value, out var expiry) && now > expiry)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            // Identity's validator makes the same interval check, but only after building a SignInManager,
            // a UserManager and their stores for every request; most requests need none of that.
            var interval = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
            if (context.Properties.IssuedUtc is { } issued && now - issued.ToUnixTimeSeconds() < interval.TotalSeconds)
            {
                return;
            }

            await validateStamp(context);
        };
    }
}
