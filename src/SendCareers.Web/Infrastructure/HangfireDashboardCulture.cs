using System.Globalization;

namespace SendCareers.Web;

/// <summary>
/// The Hangfire dashboard writes <c>&lt;html lang&gt;</c> from the current UI culture, which is the invariant culture
/// in this app ("iv", not a language, so screen readers guess). Its pages run in en-GB, like the rest of the site.
/// </summary>
public static class HangfireDashboardCulture
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static IApplicationBuilder UseHangfireDashboardCulture(this IApplicationBuilder app, string path) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(path))
            {
                CultureInfo.CurrentCulture = EnGb;
                CultureInfo.CurrentUICulture = EnGb;
            }

            await next();
        });
}
