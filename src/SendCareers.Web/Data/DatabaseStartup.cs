using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SendCareers.Web.Data.Demo;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations, creates the roles, a first hub administrator when configured, and in
    /// Development (or with Demo:Seed=true) the fictional demo hub on first run.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));

        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while one writer commits.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.CloseConnectionAsync();
        }

        // Several instances may start together on one PostgreSQL database: a session-level advisory
        // lock lets one at a time migrate and create roles, the hub row and demo data, so nothing is
        // made twice and no instance reads a half-created migrations table.
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(582036411)");
        }

        try
        {
            if (postgres)
            {
                // Create the migrations history table first: otherwise EF's first look for it on a
                // fresh database fails and is logged as an error, which alarms whoever reads the logs.
                var history = db.GetService<IHistoryRepository>();
                await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript());
            }

            await db.Database.MigrateAsync();
            await SeedAsync(app, services, db, logger);
            await CountEvidenceIfNeverCountedAsync(services, db, logger);
        }
        finally
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(582036411)");
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>
    /// A hub that had evidence before evidence tallies were kept gets them counted once; from then on
    /// every save keeps them (<see cref="Evidence.EvidenceTallyKeeper"/>).
    /// </summary>
    private static async Task CountEvidenceIfNeverCountedAsync(IServiceProvider services, AppDbContext db, ILogger logger)
    {
        if (await db.EvidenceTallies.AnyAsync()
            || !(await db.EncounterAttendees.AnyAsync() || await db.Placements.AnyAsync(p => p.State == SendCareers.Domain.Placements.PlacementState.Completed)))
        {
            return;
        }

        await services.GetRequiredService<Evidence.EvidenceTallyKeeper>().RebuildAllAsync(db, CancellationToken.None);
        logger.LogInformation("Counted the Gatsby evidence of every young person");
    }

    private static async Task SeedAsync(WebApplication app, IServiceProvider services, AppDbContext db, ILogger logger)
    {

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var seedDemo = app.Configuration.GetValue<bool?>("Demo:Seed") ?? app.Environment.IsDevelopment();
        if (seedDemo && !await db.Hubs.AnyAsync())
        {
            var demo = services.GetRequiredService<DemoData>();
            await demo.SeedAsync();
            logger.LogInformation("Seeded the demo hub and demo accounts");
        }

        if (!await db.Hubs.AnyAsync())
        {
            db.Hubs.Add(new Hub { Name = app.Configuration["Hub:Name"] ?? "SEND Careers Hub", ContactEmail = app.Configuration["Hub:ContactEmail"] ?? "" });
            await db.SaveChangesAsync();
        }

        await BootstrapAdministratorAsync(app.Configuration, services, logger);
    }

    private static async Task BootstrapAdministratorAsync(IConfiguration configuration, IServiceProvider services, ILogger logger)
    {
        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.HubAdmin)).Count > 0)
        {
            return;
        }

        var admin = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Hub administrator",
            CreatedAtUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(admin, password);
        if (result.Succeeded)
        {
            await users.AddToRoleAsync(admin, Roles.HubAdmin);
            logger.LogInformation("Created the first hub administrator from Bootstrap settings");
        }
        else
        {
            logger.LogError("Could not create the first hub administrator: {Errors}", string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
