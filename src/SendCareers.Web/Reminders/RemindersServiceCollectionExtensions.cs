using Hangfire;

namespace SendCareers.Web.Reminders;

public static class RemindersServiceCollectionExtensions
{
    public static IServiceCollection AddScheduledMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DispatchOptions>(configuration.GetSection("Dispatch"));
        services.AddSingleton<DispatcherInstance>();
        services.AddScoped<MessageScheduler>();
        services.AddScoped<Notices>();
        services.AddScoped<MessageDispatcher>();
        services.AddScoped<IMessageComposer, TestEmailComposer>();
        services.AddScoped<DailySummaries>();
        // One instance per scope serves both the dispatcher (which asks what it listed) and the composer list.
        services.AddScoped<DailySummaryComposer>();
        services.AddScoped<IMessageComposer>(sp => sp.GetRequiredService<DailySummaryComposer>());
        return services;
    }

    /// <summary>The recurring dispatcher is registered with the other recurring jobs (<see cref="RecurringJobs"/>).</summary>
    public static WebApplication UseScheduledMessages(this WebApplication app)
    {
        // Start-up picks up whatever fell due while the app was stopped, without waiting for a tick.
        if (app.Configuration.GetValue("Hangfire:Server", true))
        {
            app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<MessageDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }

        return app;
    }
}
