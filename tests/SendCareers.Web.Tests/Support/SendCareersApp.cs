using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SendCareers.Web.Data;

namespace SendCareers.Web.Tests.Support;

/// <summary>
/// The whole app, hosted in-process on a real SQLite file in its own temp folder. Options: the demo
/// hub, a real SMTP server, a fake clock, the Hangfire server, and Kestrel on a real port for Chromium.
/// </summary>
public class SendCareersApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _kestrel;
    private string _environment = "Testing";

    public SendCareersApp()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "sc-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        _settings["Data:Path"] = DataFolder;
        _settings["Demo:Seed"] = "true";
        _settings["Hangfire:Server"] = "false";
        _settings["Site:BaseUrl"] = "http://localhost";
        // Tests post far faster than people; the rate-limit test sets its own low limit.
        _settings["RateLimiting:PublicFormPostsPerMinute"] = "100000";
    }

    public string DataFolder { get; }

    /// <summary>Errors the app logged: include them in assertion messages when a request fails.</summary>
    public ErrorLogCapture Errors { get; } = new();

    public string MailFolder => Path.Combine(DataFolder, "mail");

    /// <summary>A clock the test moves; starts at a fixed Monday in term time.</summary>
    public FakeTimeProvider? Clock { get; private set; }

    /// <summary>Host on this PostgreSQL database instead of a SQLite file.</summary>
    public SendCareersApp WithPostgres(string connectionString) =>
        Set("Database:Provider", "Postgres").Set("ConnectionStrings:Postgres", connectionString);

    public SendCareersApp WithoutDemoData() => Set("Demo:Seed", "false");

    public SendCareersApp WithSmtp(SmtpSink smtp) => Set("Smtp:Host", "127.0.0.1").Set("Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public SendCareersApp WithHangfireServer() => Set("Hangfire:Server", "true");

    public SendCareersApp WithClock(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        return this;
    }

    /// <summary>Adds or replaces services, e.g. a test message composer.</summary>
    public SendCareersApp WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Host in another environment than "Testing" (e.g. Production, to see start-up checks).</summary>
    public SendCareersApp WithEnvironment(string environment)
    {
        _environment = environment;
        return this;
    }

    public SendCareersApp Set(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Serve on a real loopback port (for the browser) and return the base address.</summary>
    public string StartKestrel()
    {
        if (!_kestrel)
        {
            _kestrel = true;
            UseKestrel(0);
            StartServer();
        }

        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (SharedPostgres.Selected && !_settings.ContainsKey("Database:Provider"))
        {
            // test.sh's second pass: the same integration tests, each on a fresh PostgreSQL database.
            var server = SharedPostgres.GetAsync().GetAwaiter().GetResult();
            WithPostgres(server.CreateDatabaseAsync().GetAwaiter().GetResult());
        }

        builder.UseEnvironment(_environment);
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        // UseSetting, not ConfigureAppConfiguration: Program reads Data:Path and friends while
        // building, before late-added configuration sources would be visible.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each step.</summary>
    public FormClient CreateFormClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://localhost") });
        return new FormClient(client);
    }

    /// <summary>A client whose cookies the test can read and copy (see <see cref="CopyableCookies"/>).</summary>
    public FormClient CreateCopyableClient(CopyableCookies cookies) =>
        new(CreateDefaultClient(new Uri("http://localhost"), cookies));

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await work(db);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>Mail written to the pickup folder (when no SMTP server is configured), oldest first.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> PickedUpMail() =>
        Directory.Exists(MailFolder)
            ? Directory.EnumerateFiles(MailFolder, "*.eml")
                .OrderBy(f => File.GetLastWriteTimeUtc(f)).ThenBy(f => f, StringComparer.Ordinal) // names order by second only
                .Select(f => MimeKit.MimeMessage.Load(f)).ToList()
            : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteCleanup();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteCleanup();
        GC.SuppressFinalize(this);
    }

    private void SqliteCleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folders are cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
