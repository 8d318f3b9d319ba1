using Hangfire;
using SendCareers.Domain.Retention;

namespace SendCareers.Web.Retention;

public static class RetentionServiceCollectionExtensions
{
    public const string YearsSetting = "Retention:YearsAfterTrackingEnds";

    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        var years = configuration.GetValue(YearsSetting, RetentionRule.DefaultYearsAfterTrackingEnds);
        if (years is < 0 or > 100)
        {
            // Fail at start-up, not at 2am when the job would erase on a wrong period.
            throw new InvalidOperationException($"{YearsSetting} must be a whole number of years from 0 to 100, not {years}.");
        }

        services.AddSingleton(new RetentionRule(years));
        services.AddScoped<RetentionSchedule>();
        services.AddScoped<RetentionJob>();
        return services;
    }

    /// <summary>Runs the rule every night at 2am UK time; the job takes no arguments and finds what is due itself.</summary>
    public static WebApplication UseRetention(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<RetentionJob>(
            RetentionJob.RecurringJobId,
            j => j.EraseDueAsync(CancellationToken.None),
            "0 2 * * *",
            new RecurringJobOptions { TimeZone = UkTimeZone.Instance });
        return app;
    }
}
