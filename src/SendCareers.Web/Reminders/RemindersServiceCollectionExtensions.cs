using Hangfire;

namespace SendCareers.Web.Reminders;

public static class RemindersServiceCollectionExtensions
{
    public static IServiceCollection AddScheduledMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DispatchOptions>(configuration.GetSection("Dispatch"));
        services.AddSingleton<DispatcherInstance>();
        services.AddScoped<MessageScheduler>();
        services.AddScoped<MessageDispatcher>();
        services.AddScoped<IMessageComposer, TestEmailComposer>();
        return services;
    }

    /// <summary>Registers the recurring dispatcher; Hangfire only wakes it, the database holds the work.</summary>
    public static WebApplication UseScheduledMessages(this WebApplication app)
    {
        var options = app.Configuration.GetSection("Dispatch").Get<DispatchOptions>() ?? new DispatchOptions();
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<MessageDispatcher>("dispatch-messages", d => d.DispatchDueAsync(CancellationToken.None), options.Cron);
        recurring.AddOrUpdate<SendCareers.Web.Placements.PlacementClock>("placement-clock", c => c.AdvanceAsync(CancellationToken.None), "*/5 * * * *");

        // Start-up picks up whatever fell due while the app was stopped, without waiting for a tick.
        if (app.Configuration.GetValue("Hangfire:Server", true))
        {
            app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<MessageDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }

        return app;
    }
}
