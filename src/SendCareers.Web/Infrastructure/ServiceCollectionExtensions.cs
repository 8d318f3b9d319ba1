using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;
using SendCareers.Web.Retention;
using SendCareers.Web.Backups;
using SendCareers.Web.Security;

namespace SendCareers.Web;

public static class ServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSendCareers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        var dataRoot = configuration["Data:Path"];
        var paths = new DataPaths(string.IsNullOrWhiteSpace(dataRoot)
            ? Path.Combine(builder.Environment.ContentRootPath, "data")
            : dataRoot);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);

        services.AddSendCareersDatabase(configuration, paths);

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // NCSC: length over complexity, no composition rules, paste allowed.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<AppUserManager>()
            .AddSignInManager<AppSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/error/403";
            options.Cookie.Name = "sc.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            SessionLifetime.Configure(options);
            // A signed-in person without access gets a plain 403 page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddProxyAddresses(configuration);
        services.AddPublicFormRateLimiting(configuration);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionStamps>();
        services.AddScoped<PasswordCheck>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.HubAdmin, p => p.RequireRole(Roles.HubAdmin))
            .AddPolicy(Policies.Coaching, p => p.RequireRole(Roles.JobCoach, Roles.HubAdmin))
            .AddPolicy(Policies.Employer, p => p.RequireRole(Roles.Employer));

        // HTML, CSS and JS shrink to about a tenth. Over HTTPS too: the one secret in a page body, the antiforgery
        // token, is encrypted afresh for every response, so compression gives BREACH nothing stable to guess at.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "text/csv", "text/calendar"];
        });
        // "Fastest" (the default) left the stylesheet at 31 KB; "Optimal" makes it about 20 KB for a few more milliseconds,
        // and browsers fetch it once a year (VersionedAssets).
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);

        services.AddRazorPages(options =>
        {
            // Deny by default: every page needs a signed-in user unless a folder below or the page
            // itself allows anonymous use. (A convention, not a fallback policy, so unknown addresses
            // still answer 404 rather than asking strangers to sign in.)
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AuthorizeFolder("/Admin", Policies.HubAdmin);
            options.Conventions.AuthorizeFolder("/Coach", Policies.Coaching);
            options.Conventions.AuthorizeFolder("/MyOrganisation", Policies.Employer);
            options.Conventions.AuthorizeFolder("/Settings", Policies.Coaching);
            options.Conventions.AllowAnonymousToFolder("/Public");
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToFolder("/Employers/SignUp");
            options.Conventions.AllowAnonymousToFolder("/Guidance");
            // Token links from e-mails (debriefs, "I'll be there"): the token is the permission.
            options.Conventions.AllowAnonymousToFolder("/Debrief");
            // An employer's answer to a school's request: the single-use token is the key, no sign-in.
            options.Conventions.AllowAnonymousToFolder("/Requests");
            options.Conventions.AllowAnonymousToFolder("/Attendance");
            // A calendar app's subscription: the private link's token is the permission.
            options.Conventions.AllowAnonymousToFolder("/CalendarFeed");
        });

        services.AddDataProtection()
            .SetApplicationName("SendCareers")
            .PersistKeysToDbContext<AppDbContext>();

        services.Configure<MailOptions>(configuration.GetSection("Smtp"));
        services.AddSingleton<MailKitMailer>();
        services.AddSingleton<IMailer>(sp => sp.GetRequiredService<MailKitMailer>());
        services.AddScoped<EmailTemplates>();
        services.AddScoped<TokenService>();
        // Checked at start-up: outside Development, e-mailed links need Site:BaseUrl.
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        services.AddSingleton<LinkBuilder>();
        services.AddSingleton<SendCareers.Web.Employers.SignUpDraftStore>();
        services.AddSingleton<SentMailFolder>();
        services.AddScoped<SendCareers.Web.YoungPeople.Caseload>();
        services.AddScoped<SendCareers.Web.YoungPeople.StaffNames>();
        services.AddScoped<SendCareers.Web.YoungPeople.SchoolYearRollover>();
        services.AddScoped<SendCareers.Web.YoungPeople.Import.YoungPeopleImporter>();
        services.AddScoped<SendCareers.Web.Matching.MatchingData>();
        services.AddSingleton<SendCareers.Web.Matching.PreparedOpenings>();
        services.AddScoped<SendCareers.Web.Matching.NewOpeningMatches>();
        services.AddScoped<SendCareers.Web.Matching.Proposals>();
        // One place for the matching weights: defaults in MatchWeights (see docs/matching.md), any of
        // them overridden under "Matching:Weights" in configuration.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Matching:Weights").Get<SendCareers.Domain.Matching.MatchWeights>() ?? SendCareers.Domain.Matching.MatchWeights.Default);
        services.AddScoped<SendCareers.Web.Openings.OpeningScope>();
        services.AddScoped<SendCareers.Web.Security.AuditTrail>();
        services.AddScoped<SendCareers.Web.YoungPeople.PersonalRecords>();
        // Checked at start-up: a bad offset stops the app, naming the setting.
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        // The hub's own choices (hub settings page) win over configuration, which stays the default.
        services.AddScoped(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<ReminderOptions>>().Value;
            var hub = sp.GetRequiredService<HubInfo>().Current;
            var chosen = configured.WithHubChoices(hub.BriefingDaysBefore, hub.DebriefHoursAfterEnd, hub.ChaserDaysAfterDebrief);
            return chosen.Problems().Count == 0 ? chosen.ToSettings() : configured.ToSettings();
        });
        services.AddScoped<SendCareers.Web.Placements.PlacementScope>();
        services.AddScoped<SendCareers.Web.Calendar.CalendarFeeds>();
        services.AddScoped<SendCareers.Web.Reminders.ReminderRows>();
        services.AddScoped<SendCareers.Web.Reminders.CalendarMail>();
        services.AddScoped<SendCareers.Web.Debriefs.DebriefMail>();
        services.AddScoped<GuardedChange>();
        services.AddScoped<SendCareers.Web.Placements.PlacementReminders>();
        services.AddScoped<SendCareers.Web.Encounters.EncounterScope>();
        services.AddScoped<SendCareers.Web.Encounters.EncounterReminders>();
        services.AddScoped<SendCareers.Web.Encounters.EncounterWorkflow>();
        services.AddScoped<IMessageComposer, SendCareers.Web.Encounters.EncounterMessageComposer>();
        services.AddScoped<SendCareers.Web.Placements.PlacementWorkflow>();
        services.AddScoped<SendCareers.Web.Placements.InternshipChanges>();
        services.AddScoped<SendCareers.Web.Safeguarding.SafeguardingGate>();
        services.AddScoped<SendCareers.Web.Safeguarding.CheckExpiryReminders>();
        services.AddScoped<IMessageComposer, SendCareers.Web.Safeguarding.CheckExpiryComposer>();
        services.AddScoped<SendCareers.Web.Evidence.EvidenceQueries>();
        services.AddScoped<SendCareers.Web.Evidence.CsvExports>();
        services.AddScoped<SendCareers.Web.Evidence.HubReports>();
        services.AddScoped<SendCareers.Web.Evidence.NdtiData>();
        services.AddScoped<SendCareers.Web.Placements.PlacementClock>();
        services.AddScoped<IMessageComposer, SendCareers.Web.Placements.PlacementMessageComposer>();
        services.AddScoped<IMessageComposer, SendCareers.Web.Placements.PlacementNoticeComposer>();
        services.AddScoped<IMessageComposer, SendCareers.Web.Encounters.EncounterNoticeComposer>();
        services.AddScoped<IMessageComposer, SendCareers.Web.Employers.SignUpNoticeComposer>();
        services.AddScoped<SendCareers.Web.Employers.EmployerSignUpService>();
        services.AddScoped<SendCareers.Web.Requests.RequestCandidates>();
        services.AddScoped<SendCareers.Web.Requests.RequestWorkflow>();
        services.AddScoped<IMessageComposer, SendCareers.Web.Requests.RequestNoticeComposer>();
        SendCareers.Web.People.PeopleServiceCollectionExtensions.AddPeople(services);

        services.AddSingleton(_ =>
        {
            using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Data", "Reference", "uk-outcodes.csv"));
            return OutcodeDirectory.Load(reader);
        });

        services.AddSingleton<HubInfo>();
        services.AddGuidance(configuration);
        services.AddScheduledMessages(configuration);
        services.AddRetention(configuration);
        services.AddBackups(configuration);
        services.AddSingleton<RecurringJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<RecurringJobs>());
        services.AddHttpContextAccessor();
        services.AddHealthChecks();
        services.AddScoped<SendCareers.Web.Data.Demo.DemoData>();
        services.AddScoped<SendCareers.Web.Data.Demo.IDemoSeeder, SendCareers.Web.Data.Demo.WorkDemoSeeder>();
        services.AddScoped<SendCareers.Web.Data.Demo.IDemoSeeder, SendCareers.Web.Data.Demo.PlacementDemoSeeder>();
        services.AddScoped<SendCareers.Web.Data.Demo.IDemoSeeder, SendCareers.Web.Data.Demo.EncounterDemoSeeder>();
        services.AddScoped<SendCareers.Web.Data.Demo.IDemoSeeder, SendCareers.Web.Data.Demo.EvidenceDemoSeeder>();
        services.AddScoped<SendCareers.Web.Data.Demo.IDemoSeeder, SendCareers.Web.Data.Demo.StatusHistoryDemoSeeder>();

        var sharedHangfireStorage = DatabaseProvider.From(configuration) == DatabaseProvider.Postgres;
        if (!sharedHangfireStorage)
        {
            // One storage per app, registered before AddHangfire (which only adds JobStorage when none is
            // there and otherwise hands out the process-wide JobStorage.Current). With the global, apps
            // sharing a process (the tests) used whichever storage was made last, and failed when its
            // app was disposed.
            services.AddSingleton<JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) }));
        }

        services.AddHangfire((provider, config) =>
        {
            config.UseLogProvider(new HangfireLogging(provider.GetRequiredService<ILoggerFactory>()));
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // The database holds the scheduled messages either way; Hangfire's storage only holds its
            // own triggers. With PostgreSQL it is shared so recurring jobs run once across instances.
            if (sharedHangfireStorage)
            {
                // A lock left by an instance killed while holding it is taken over after a minute, not ten:
                // every lock Hangfire takes here is held for milliseconds (a recurring job's next run).
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(configuration.GetConnectionString("Postgres")),
                    new PostgreSqlStorageOptions { DistributedLockTimeout = TimeSpan.FromMinutes(1) });
            }
            else
            {
                config.UseStorage(provider.GetRequiredService<JobStorage>());
            }
        });
        if (configuration.GetValue("Hangfire:Server", true))
        {
            services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        }

        return builder;
    }

    public static IServiceCollection AddSendCareersDatabase(this IServiceCollection services, IConfiguration configuration, DataPaths paths)
    {
        var provider = DatabaseProvider.From(configuration);
        // Gatsby evidence tallies are kept true on every save (Evidence/EvidenceTallyKeeper).
        services.AddSingleton<SendCareers.Web.Evidence.EvidenceTallyKeeper>();
        // Prepared openings for matching are rebuilt when a save changes what they hold (Matching/MatchingStampKeeper).
        services.AddSingleton<SendCareers.Web.Matching.MatchingStampKeeper>();
        if (provider == DatabaseProvider.Postgres)
        {
            var connection = configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set");
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, options) => options.UseNpgsql(connection)
                .AddInterceptors(sp.GetRequiredService<SendCareers.Web.Evidence.EvidenceTallyKeeper>(), sp.GetRequiredService<SendCareers.Web.Matching.MatchingStampKeeper>()));
        }
        else
        {
            // "Default Timeout" makes Microsoft.Data.Sqlite wait (and retry) on a busy database rather
            // than fail with "database is locked" when two requests write at once.
            var sqlite = configuration.GetConnectionString("Sqlite") ?? $"Data Source={paths.DatabaseFile};Default Timeout=30;Pooling=True";
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, options) => options.UseSqlite(sqlite)
                .AddInterceptors(sp.GetRequiredService<SendCareers.Web.Evidence.EvidenceTallyKeeper>(), sp.GetRequiredService<SendCareers.Web.Matching.MatchingStampKeeper>()));
        }

        return services;
    }
}
