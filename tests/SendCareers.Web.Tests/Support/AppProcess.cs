using System.Diagnostics;
using System.Globalization;

namespace SendCareers.Web.Tests.Support;

/// <summary>
/// The app as its own operating-system process (the built SendCareers.Web.dll), so a test can kill it
/// with SIGKILL mid-work and start it again on the same database.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public AppProcess(IReadOnlyDictionary<string, string> settings)
    {
        Port = SmtpSink.FreePort();
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
            // Enough to see, when a start is slow, how far it got: listening, and Hangfire's server starting.
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__LogLevel__Hangfire"] = "Information",
            // E-mailed links point back at this process, unless the test sets its own address.
            ["Site__BaseUrl"] = BaseUrl,
        };
        foreach (var (key, value) in settings)
        {
            _environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    public int Port { get; }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 60 && _output.TryDequeue(out _))
        {
        }
    }

    public string BaseUrl => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A cold start needs a few seconds of CPU. On a 2-core machine with a load average of 35 to 55 (the suite,
    /// builds and browsers beside it) each process gets a twentieth of a core, and a start logged nothing at
    /// all for 120 seconds: so wait long enough for starvation, not for a hang. A start that cannot finish
    /// (a held lock, a crash) still fails the test, with this start's own output.
    /// </summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SendCareers.Web.dll"));
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        _output.Clear();
        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.Add(StartTimeout);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting:\n{string.Join('\n', _output)}");
            }

            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The app did not answer /health within {StartTimeout.TotalSeconds} seconds:\n{string.Join('\n', _output)}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}
