using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Benchmarks;

/// <summary>
/// What the every-request session check (issue #14) adds: the cookie's security stamp compared with the
/// account's, one compiled query by primary key on the real app's services and a demo SQLite database.
/// <see cref="RequestScopeOnly"/> is what every request pays anyway (a scope); the difference is the check.
/// Run: dotnet run -c Release --project tests/SendCareers.Benchmarks -- --filter '*SessionCheck*'
/// </summary>
[MemoryDiagnoser]
public class SessionCheckBenchmarks
{
    private WebApplication _app = null!;
    private System.Security.Claims.ClaimsPrincipal _principal = null!;
    private string _work = "";
    private string _userId = "";

    [GlobalSetup]
    public void Setup()
    {
        _work = Path.Combine(Path.GetTempPath(), "sc-bench-session-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Path"] = Path.Combine(_work, "data"),
            ["Hangfire:Server"] = "false",
            ["Site:BaseUrl"] = "http://localhost",
            ["Demo:Seed"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddSendCareers();
        _app = builder.Build();
        _app.PrepareDatabaseAsync().GetAwaiter().GetResult();
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var coach = users.FindByEmailAsync("coach@sendcareers.test").GetAwaiter().GetResult()!;
        _userId = coach.Id;
        _principal = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(coach).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<bool> RequestScopeOnly()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return http.RequestServices is not null;
    }

    /// <summary>What a request pays when the stamp was read in the last 2 seconds (nearly every request).</summary>
    [Benchmark]
    public async Task<bool> StampCheck()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await SessionLifetime.StampStillValidAsync(http, _principal);
    }

    /// <summary>The first request after 2 seconds, or after a change: the database query itself.</summary>
    [Benchmark]
    public async Task<bool> StampCheckUncached()
    {
        _app.Services.GetRequiredService<SessionStamps>().Forget(_userId);
        await using var scope = _app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await SessionLifetime.StampStillValidAsync(http, _principal);
    }
}
