using Microsoft.Extensions.Options;
using SendCareers.Domain.Backups;

namespace SendCareers.Web.Backups;

public static class BackupsServiceCollectionExtensions
{
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BackupOptions>()
            .Bind(configuration.GetSection(BackupOptions.Section))
            .Validate(o => BackupRotation.Problem(o.KeepDays, o.KeepWeeks) is null, "Backup:KeepDays must be 1 to 366 and Backup:KeepWeeks 0 to 520")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Backup:Folder must name a folder")
            .Validate(o => IsCron(o.Cron), "Backup:Cron must be a cron expression, such as \"30 1 * * *\"")
            .ValidateOnStart();
        services.AddSingleton<DatabaseBackups>();
        return services;
    }

    // Five fields of digits, stars, steps, lists and ranges: what Hangfire's cron parser takes for a daily job.
    private static bool IsCron(string? cron) =>
        cron is not null
        && cron.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 5 } fields
        && fields.All(f => f.All(c => char.IsAsciiDigit(c) || c is '*' or '/' or ',' or '-'));
}
