using Hangfire;
using SendCareers.Domain.Retention;

namespace SendCareers.Web.Retention;

public static class RetentionServiceCollectionExtensions
{
    public const string YearsSetting = "Retention:YearsAfterTrackingEnds";

    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        var years = configuration.GetValue(YearsSetting, RetentionRule.DefaultYearsAfterTrackingEnds);
        if (years is < 0 or > RetentionRule.MaximumYearsAfterTrackingEnds)
        {
            // Fail at start-up, not at 2am when the job would erase on a wrong period.
            throw new InvalidOperationException($"{YearsSetting} must be a whole number of years from 0 to 100, not {years}.");
        }

        // The period chosen on the hub settings page wins; configuration stays the default.
        services.AddScoped(sp => new RetentionRule(sp.GetRequiredService<HubInfo>().Current.RetentionYearsAfterTrackingEnds is { } chosen and >= 0 and <= RetentionRule.MaximumYearsAfterTrackingEnds ? chosen : years));
        services.AddSingleton(new ConfiguredRetention(years));
        services.AddScoped<RetentionSchedule>();
        services.AddScoped<RetentionJob>();
        return services;
    }
}

/// <summary>The retention period set in configuration: the default when the hub has not chosen its own.</summary>
public sealed record ConfiguredRetention(int YearsAfterTrackingEnds);
