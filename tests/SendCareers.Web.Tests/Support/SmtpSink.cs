using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace SendCareers.Web.Tests.Support;

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd) on 127.0.0.1. Every message it accepts is kept as an
/// .eml file, so tests assert what actually arrived. It can be stopped and started on the same port
/// to test delivery when the server is down.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private Process? _process;

    private SmtpSink(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sc-smtp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var sink = new SmtpSink(FreePort(), folder);
        await sink.StartAgainAsync();
        return sink;
    }

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAgainAsync()
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var script = Path.Combine(AppContext.BaseDirectory, "Support", "smtp_sink.py");
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add(Folder);
        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the SMTP sink");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "ready")
        {
            var error = await _process.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException($"SMTP sink did not start (is python3-aiosmtpd installed?): {line} {error}");
        }
    }

    /// <summary>While on, every new connection is greeted with "421" and closed (the server stays up).</summary>
    public void RefuseGreetings(bool refuse)
    {
        var flag = Path.Combine(Folder, "refuse-greeting");
        if (refuse)
        {
            File.WriteAllText(flag, "");
        }
        else
        {
            File.Delete(flag);
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.EnumerateFiles(Folder, "*.eml")
            .Select(f => (Time: File.GetLastWriteTimeUtc(f), Message: MimeMessage.Load(f)))
            .OrderBy(m => m.Time)
            .Select(m => m.Message)
            .ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages satisfy the filter.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<MimeMessage, bool> filter, int count = 1, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var found = Messages().Where(filter).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(100);
        }
    }

    public void Clear()
    {
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            File.Delete(file);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
