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
}
