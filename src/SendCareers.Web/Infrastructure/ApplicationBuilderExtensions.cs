using Hangfire;
using SendCareers.Web.Reminders;
using SendCareers.Web.Retention;
using SendCareers.Web.Security;

namespace SendCareers.Web;

public static class ApplicationBuilderExtensions
{
    public static WebApplication UseSendCareers(this WebApplication app)
    {
        app.UseProxyAddresses();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = VersionedAssets.CacheForever });
        app.UseHangfireDashboardCulture("/admin/jobs");
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseGuidance();

        // Hangfire's own "local requests only" filter is unsafe behind a proxy: hub administrators only.
        app.UseHangfireDashboard("/admin/jobs", new DashboardOptions
        {
            Authorization = [new HangfireDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "SendCareers jobs",
        });

        app.UseScheduledMessages();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
