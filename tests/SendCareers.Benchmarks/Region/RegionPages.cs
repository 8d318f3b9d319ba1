using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Web;
using SendCareers.Web.Data;

namespace SendCareers.Benchmarks.Region;

/// <summary>
/// Every page and export a person reads, timed at region volume: the real app on Kestrel over a database
/// holding <see cref="RegionData"/>, signed in as the demo hub administrator, job coach and employer
/// contact through the sign-in form, one request at a time, the median of 5 after one warm-up, with the
/// size of each answer. SQLite by default; PostgreSQL with <c>--postgres "connection string"</c> (an
/// empty database). <c>--scale 0.1</c> writes a tenth of the region; <c>--keep DIR</c> keeps (and on a
/// second run reuses) the SQLite hub in DIR. <c>--only text</c> times only the URLs containing the text.
/// Run: dotnet run -c Release --project tests/SendCareers.Benchmarks -- --region [--scale 1] [--postgres CS] [--keep DIR]
/// </summary>
public static partial class RegionPages
{
    private const string Password = "SendCareers-Demo-1";

    public static async Task<int> RunAsync(string[] args)
    {
        var scale = double.Parse(Option(args, "--scale") ?? "1", CultureInfo.InvariantCulture);
        var postgres = Option(args, "--postgres");
        var only = Option(args, "--only");
        var keep = Option(args, "--keep");
        var work = keep ?? Path.Combine(Path.GetTempPath(), "sc-region-" + Guid.NewGuid().ToString("N"));
        var reuse = keep is not null && postgres is null && File.Exists(Path.Combine(work, "data", "written"));
        const int port = 5593;

        // The web project's folder as content root (its wwwroot and guidance), and its assembly as the
        // application, so its Razor Pages are found as when it runs on its own.
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SendCareers.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("Run from inside the repository");
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = Path.Combine(root, "src", "SendCareers.Web"),
            ApplicationName = typeof(ServiceCollectionExtensions).Assembly.GetName().Name,
        });
        var settings = new Dictionary<string, string?>
        {
            ["Data:Path"] = Path.Combine(work, "data"),
            ["Hangfire:Server"] = "false",
            ["Site:BaseUrl"] = $"http://127.0.0.1:{port}",
            ["Demo:Seed"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["RateLimiting:PublicFormPostsPerMinute"] = "100000",
        };
        if (postgres is not null)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Postgres"] = postgres;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.AddSendCareers();
        await using var app = builder.Build();
        await app.PrepareDatabaseAsync();
        var provider = postgres is null ? "SQLite" : "PostgreSQL";
        var data = new RegionData(app.Services, scale, Console.Out);
        if (!reuse)
        {
            Console.WriteLine($"Writing a region at scale {scale} into {provider} ...");
            var writing = Stopwatch.StartNew();
            await data.WriteAsync(CancellationToken.None);
            Console.WriteLine($"Written in {writing.Elapsed.TotalSeconds:0} s");
            if (keep is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(work, "data", "written"), scale.ToString(CultureInfo.InvariantCulture));
            }
        }

        app.UseSendCareers();
        await app.StartAsync();
        try
        {
            var pages = await PagesAsync(app.Services);
            var rows = new List<string>();
            foreach (var (role, email, urls) in pages)
            {
                using var client = await SignInAsync(port, email);
                foreach (var url in urls.Where(u => only is null || u.Contains(only, StringComparison.Ordinal)))
                {
                    var (status, bytes, times) = await TimeAsync(client, url);
                    var median = times.Order().ElementAt(times.Count / 2);
                    var line = $"| {provider} | {role} | `{Shorten(url)}` | {(int)status} | {median:0} | {times.Min():0} | {bytes / 1024.0:#,0} |";
                    Console.WriteLine(line);
                    rows.Add(line);
                }
            }

            Console.WriteLine();
            Console.WriteLine($"Region at scale {scale.ToString(CultureInfo.InvariantCulture)} on {provider}, {Environment.ProcessorCount} cores, .NET {Environment.Version}:");
            Console.WriteLine("| Database | Role | Page | Status | Median ms | Fastest ms | KB |");
            Console.WriteLine("|---|---|---|---:|---:|---:|---:|");
            rows.ForEach(Console.WriteLine);
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        return 0;
    }

    private static async Task<List<(string Role, string Email, List<string> Urls)>> PagesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId!.Value).SingleAsync();
        var person = await db.YoungPeople.Where(p => p.SchoolId == school && p.LeftOn == null && p.ErasedAtUtc == null)
            .OrderByDescending(p => db.EncounterAttendees.Count(a => a.YoungPersonId == p.Id)).Select(p => p.Id).FirstAsync();
        var encounter = await db.Encounters.Where(e => e.SchoolId == school).OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync();
        var placement = await db.Placements.Where(p => p.YoungPerson!.SchoolId == school && p.State == PlacementState.Completed).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
        var employer = await db.Employers.OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync();
        var opening = await db.Openings.OrderByDescending(o => o.Id).Select(o => o.Id).FirstAsync();

        List<string> coachPages =
        [
            "/coach", "/coach/young-people", $"/coach/young-people/{person}", $"/coach/young-people/{person}/matches",
            $"/coach/young-people/{person}/careers-record", $"/coach/young-people/{person}/history", "/coach/openings", $"/coach/openings/{opening}",
            "/coach/placements", $"/coach/placements/{placement}", "/coach/encounters", $"/coach/encounters/{encounter}",
            $"/coach/encounters/{encounter}/attendance", "/coach/evidence", "/coach/cohort", "/coach/rollover",
            "/coach/evidence/export/encounters", "/coach/evidence/export/placements", "/calendar", "/e-mail-settings",
        ];
        List<string> adminPages =
        [
            "/admin", "/admin/reports", "/admin/reports/ndti", "/admin/reports/export/encounters", "/admin/reports/export/placements",
            "/admin/reports/export/employers", "/admin/reports/export/debriefs", "/admin/employers", $"/admin/employers/{employer}",
            "/admin/audit", "/admin/messages", "/admin/retention", "/admin/sent-mail", "/admin/schools", "/admin/accounts",
            "/admin/safeguarding", "/admin/hub", $"/admin/young-people/{person}/data", .. coachPages,
        ];
        List<string> employerPages = ["/my-organisation", "/my-organisation/placements", "/my-organisation/encounters", "/my-organisation/openings", "/my-organisation/colleagues"];
        return
        [
            ("Administrator", "admin@sendcareers.test", adminPages),
            ("Job coach", "coach@sendcareers.test", coachPages),
            ("Employer", "employer@sendcareers.test", employerPages),
            ("Public", "", ["/", "/our-employers", "/guidance/search?q=interview"]),
        ];
    }

    private static async Task<HttpClient> SignInAsync(int port, string email)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromMinutes(5),
        };
        if (email.Length == 0)
        {
            return client;
        }

        var form = await client.GetStringAsync("/account/sign-in");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        using var response = await client.PostAsync("/account/sign-in", content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}");
        }

        return client;
    }

    private static async Task<(HttpStatusCode Status, long Bytes, List<double> Times)> TimeAsync(HttpClient client, string url)
    {
        var times = new List<double>();
        HttpStatusCode status = 0;
        long bytes = 0;
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long read = 0;
            int n;
            while ((n = await body.ReadAsync(buffer)) > 0)
            {
                read += n;
            }

            watch.Stop();
            status = response.StatusCode;
            bytes = read;
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return (status, bytes, times);
    }

    private static string Shorten(string url) => IdPattern().Replace(url, "/{id}");

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/[0-9]+")]
    private static partial Regex IdPattern();
}
