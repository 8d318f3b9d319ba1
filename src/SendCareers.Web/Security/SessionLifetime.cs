using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Web.Data;

namespace SendCareers.Web.Security;

/// <summary>
/// How a session ends. A session is one sign-in cookie (<c>sc.auth</c>); it is refused on the next request once
/// <list type="bullet">
/// <item>30 minutes pass without a request (sliding cookie), or 8 hours pass since signing in however active;</item>
/// <item>the account's security stamp changes: signing out (every session of the account, not just this
/// browser's), a password reset or change, two-step sign-in turned on or off (by the person or a hub
/// administrator), a role removed, the account locked (see <see cref="AppUserManager"/>), or the account deleted.</item>
/// </list>
/// The stamp is checked on every request, not every few minutes as Identity's validator does: one
/// compiled query reading one column by primary key, its answer kept for a moment in
/// <see cref="SessionStamps"/> (docs/benchmarks.md, "Session check").
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);
    private const string AbsoluteExpiryKey = "sc.absolute-expiry";

    private static readonly PerModel<Func<AppDbContext, string, CancellationToken, Task<string?>>> CurrentStamp = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId, CancellationToken _) =>
            db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefault()));

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

        // Replaces Identity's SecurityStampValidator, which checks only every ValidationInterval (so a
        // copied cookie kept working after sign-out) and builds a SignInManager and UserManager to do it.
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = (clock ?? context.HttpContext.RequestServices.GetRequiredService<TimeProvider>()).GetUtcNow().ToUnixTimeSeconds();
            var expired = context.Properties.Items.TryGetValue(AbsoluteExpiryKey, out var value)
                && long.TryParse(value, out var expiry) && now > expiry;
            if (expired || !await StampStillValidAsync(context.HttpContext, context.Principal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
            }
        };
    }

    /// <summary>True when the cookie's security stamp is the account's current one.</summary>
    public static async Task<bool> StampStillValidAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        var services = http.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var current = await services.GetRequiredService<SessionStamps>().CurrentAsync(
            userId, () =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                return CurrentStamp.For(db)(db, userId, http.RequestAborted);
            });
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
