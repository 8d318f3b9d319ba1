using System.Globalization;
using System.Security.Claims;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.People;
using SendCareers.Domain.People.Import;
using SendCareers.Web;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople.Import;

namespace SendCareers.Benchmarks;

/// <summary>
/// Importing a large college's young people (2,000 rows of a SIMS-like CSV) through the real importer,
/// services and database, as the demo job coach: the preview (read, map, match against the school's
/// records) and the confirm (the preview again, then one transaction that saves every row). Each confirm
/// is undone after it is measured, through the importer's own undo, so every run imports into the same
/// school. SQLite always; PostgreSQL too when SENDCAREERS_BENCH_POSTGRES holds a connection string to an
/// empty database (scripts/import-benchmark.sh starts a throwaway cluster for it).
/// Run: dotnet run -c Release --project tests/SendCareers.Benchmarks -- --filter '*ImportBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class ImportBenchmarks
{
    /// <summary>In this process (the importer needs the web app's services), once per iteration: a confirm is undone after each.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(8)
            .WithInvocationCount(1).WithUnrollFactor(1));
    }

    public const int Rows = 2_000;

    private WebApplication _app = null!;
    private ClaimsPrincipal _coach = null!;
    private int _schoolId;
    private string _work = "";
    private UploadedTable _table = null!;
    private YoungPeopleImport? _confirmed;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "SQLite";

    public static IEnumerable<string> Providers() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SENDCAREERS_BENCH_POSTGRES")) ? ["SQLite"] : ["SQLite", "PostgreSQL"];

    [GlobalSetup]
    public void Setup()
    {
        _work = Path.Combine(Path.GetTempPath(), "sc-bench-import-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        var settings = new Dictionary<string, string?>
        {
            ["Data:Path"] = Path.Combine(_work, "data"),
            ["Hangfire:Server"] = "false",
            ["Site:BaseUrl"] = "http://localhost",
            ["Demo:Seed"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (Provider == "PostgreSQL")
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Postgres"] = Environment.GetEnvironmentVariable("SENDCAREERS_BENCH_POSTGRES");
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSendCareers();
        _app = builder.Build();
        _app.PrepareDatabaseAsync().GetAwaiter().GetResult();
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var coach = users.FindByEmailAsync("coach@sendcareers.test").GetAwaiter().GetResult()!;
        _schoolId = coach.SchoolId!.Value;
        _coach = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(coach).GetAwaiter().GetResult();
        var (table, error) = CsvUpload.Read(College(Rows));
        _table = table ?? throw new InvalidOperationException(error);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    /// <summary>Upload kept, columns mapped, every row read and matched: what the coach waits for before the preview shows.</summary>
    [Benchmark]
    public async Task<int> Preview()
    {
        await using var scope = SignedIn();
        var importer = scope.ServiceProvider.GetRequiredService<YoungPeopleImporter>();
        var import = await UploadAsync(importer);
        var outcomes = await importer.PreviewAsync(import, CancellationToken.None);
        return Check(outcomes.Count(o => o.Kind == RowOutcomeKind.New));
    }

    /// <summary>Confirming that preview: read and matched again, then every row saved in one transaction, audited.</summary>
    [Benchmark]
    public async Task<int> Confirm()
    {
        await using var scope = SignedIn();
        var importer = scope.ServiceProvider.GetRequiredService<YoungPeopleImporter>();
        var import = await UploadAsync(importer);
        if (!await importer.ConfirmAsync(import, CancellationToken.None))
        {
            throw new InvalidOperationException("The import was not confirmed");
        }

        _confirmed = import;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return Check(await db.YoungPeople.CountAsync(p => p.SchoolId == _schoolId && p.Upn != null && EF.Functions.Like(p.Upn, "_38340012%")));
    }

    [IterationCleanup(Target = nameof(Confirm))]
    public void UndoConfirm()
    {
        if (_confirmed is null)
        {
            return;
        }

        using var scope = SignedIn();
        var importer = scope.ServiceProvider.GetRequiredService<YoungPeopleImporter>();
        var import = importer.FindAsync(_confirmed.PublicId, CancellationToken.None).GetAwaiter().GetResult()!;
        if (!importer.UndoAsync(import, CancellationToken.None).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The import could not be undone");
        }

        _confirmed = null;
    }

    private async Task<YoungPeopleImport> UploadAsync(YoungPeopleImporter importer)
    {
        var import = await importer.CreateAsync(_schoolId, "college.csv", _table, CancellationToken.None);
        var suggested = await importer.SuggestedMappingAsync(import, CancellationToken.None);
        var mapping = suggested.Where(m => m.Value is not null).ToDictionary(m => m.Key, m => m.Value!);
        await importer.SaveMappingAsync(import, mapping, CancellationToken.None);
        return import;
    }

    private static int Check(int rows) => rows == Rows ? rows : throw new InvalidOperationException($"{rows} of {Rows} rows would be imported");

    private AsyncServiceScope SignedIn()
    {
        var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = _coach, RequestServices = scope.ServiceProvider };
        return scope;
    }

    /// <summary>A SIMS-like export: UPN with its check letter, legal and preferred names, date of birth, year, SEN status, postcode.</summary>
    public static byte[] College(int count)
    {
        var csv = new StringBuilder("UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,SEN Status,Postcode\r\n");
        string[] firsts = ["Alfie", "Zoë", "Siân", "Mohammed", "Olivia", "Noah", "Amelia", "Oliver", "Isla", "Jack", "Freya", "Leo"];
        string[] surnames = ["Smith", "Jones", "O'Neill", "Khan", "Evans", "Nowak", "Patel", "Brown", "Wilson", "Taylor", "Davies", "Hughes"];
        for (var i = 0; i < count; i++)
        {
            var upn = UniquePupilNumber.Make("38340012" + i.ToString("0000", CultureInfo.InvariantCulture));
            var dob = new DateOnly(2007, 9, 1).AddDays(i * 1461 / count % 1461);
            var surname = surnames[i % surnames.Length] + "-" + (char)('A' + (i / 26 % 26)) + (char)('a' + (i % 26));
            csv.Append(CultureInfo.InvariantCulture, $"{upn},{surname},{firsts[i % firsts.Length]},,{dob:dd/MM/yyyy},Year 13,{(i % 3 == 0 ? "E" : "K")},LS7 3QB\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
