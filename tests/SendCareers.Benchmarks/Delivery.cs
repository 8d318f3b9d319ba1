using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;
using SendCareers.Web.Reminders;

namespace SendCareers.Benchmarks;

/// <summary>
/// `--delivery [--count N] [--per-message N]`: the reminder delivery benchmark. Builds the real app's
/// services over a fresh SQLite database in a temp folder, adds N due "test-email" rows through the real
/// <see cref="MessageScheduler"/>, starts a local SMTP server (Debian's python3-aiosmtpd, the same sink
/// the web tests use) and times the real <see cref="MessageDispatcher"/> until nothing is due. Then, for
/// comparison, times the bare mailer (no database) sending `--per-message` messages with one SMTP connection
/// each, then the same number over one shared connection.
/// </summary>
internal static class Delivery
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = IntArg(args, "--count", 10_000);
        var perMessage = IntArg(args, "--per-message", 1_000);
        var work = Directory.CreateTempSubdirectory("sc-delivery-").FullName;
        var mailFolder = Path.Combine(work, "smtp");
        var port = FreePort();
        using var sink = StartSink(port, mailFolder);
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                EnvironmentName = "Production",
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Data:Path"] = Path.Combine(work, "data"),
                ["Smtp:Host"] = "127.0.0.1",
                ["Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
                ["Hangfire:Server"] = "false",
                ["Site:BaseUrl"] = "http://localhost",
                ["Demo:Seed"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            });
            builder.AddSendCareers();
            var counter = new SessionCounter();
            builder.Services.AddSingleton(counter);
            // Last registration wins: the real MailKit mailer, counting the SMTP connections it opens.
            builder.Services.AddSingleton<IMailer>(sp => new CountingMailer(sp.GetRequiredService<MailKitMailer>(), counter));
            await using var app = builder.Build();
            await app.PrepareDatabaseAsync();

            var seedWatch = Stopwatch.StartNew();
            await SeedAsync(app.Services, count);
            Console.WriteLine($"seeded {count} due messages in {seedWatch.Elapsed.TotalSeconds:0.0} s (not part of the timing)");

            var before = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var sent = 0;
            int round;
            for (round = 0; round < 10; round++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<MessageDispatcher>();
                var n = await dispatcher.DispatchDueAsync(CancellationToken.None);
                sent += n;
                if (n == 0 || sent >= count)
                {
                    break;
                }
            }

            watch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
            var arrived = Directory.EnumerateFiles(mailFolder, "*.eml").Count();
            var states = await StatesAsync(app.Services);
            var batch = builder.Configuration.GetValue("Dispatch:BatchSize", new DispatchOptions().BatchSize);
            Console.WriteLine(
                $"RESULT delivery messages={count} sent={sent} arrived={arrived} seconds={watch.Elapsed.TotalSeconds:0.00} "
                + $"per_second={sent / watch.Elapsed.TotalSeconds:0} smtp_connections={counter.Sessions} batch_size={batch} "
                + $"dispatcher_cpu_seconds={cpu.TotalSeconds:0.0} states={states}");

            if (perMessage > 0)
            {
                var mailer = app.Services.GetRequiredService<MailKitMailer>();
                var oneEach = Stopwatch.StartNew();
                for (var i = 0; i < perMessage; i++)
                {
                    await mailer.SendAsync(new EmailBody()
                        .Paragraph("Connection-per-message comparison.")
                        .To(new MailAddress($"person{i}@example.test", null), $"One connection each {i}"));
                }

                oneEach.Stop();
                Console.WriteLine(
                    $"RESULT mailer-only-one-connection-each messages={perMessage} seconds={oneEach.Elapsed.TotalSeconds:0.00} "
                    + $"per_second={perMessage / oneEach.Elapsed.TotalSeconds:0} smtp_connections={perMessage}");

                // The same messages over one connection, still without the database: what reuse alone saves.
                var shared = Stopwatch.StartNew();
                await using (var session = await mailer.OpenSessionAsync())
                {
                    for (var i = 0; i < perMessage; i++)
                    {
                        await session.SendAsync(new EmailBody()
                            .Paragraph("Connection-reuse comparison.")
                            .To(new MailAddress($"person{i}@example.test", null), $"One shared connection {i}"));
                    }
                }

                shared.Stop();
                Console.WriteLine(
                    $"RESULT mailer-only-one-shared-connection messages={perMessage} seconds={shared.Elapsed.TotalSeconds:0.00} "
                    + $"per_second={perMessage / shared.Elapsed.TotalSeconds:0} smtp_connections=1");
            }

            return sent == count && arrived >= count ? 0 : 1;
        }
        finally
        {
            if (!sink.HasExited)
            {
                sink.Kill(entireProcessTree: true);
                sink.WaitForExit();
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task SeedAsync(IServiceProvider services, int count)
    {
        var due = DateTime.UtcNow.AddMinutes(-1);
        const int chunk = 1_000;
        for (var start = 0; start < count; start += chunk)
        {
            await using var scope = services.CreateAsyncScope();
            var scheduler = scope.ServiceProvider.GetRequiredService<MessageScheduler>();
            for (var i = start; i < Math.Min(count, start + chunk); i++)
            {
                await scheduler.ScheduleAsync(new MessageRequest(
                    Kind: TestEmailComposer.Kind,
                    DedupeKey: $"bench:{i}",
                    RecipientEmail: $"person{i}@example.test",
                    RecipientName: $"Person {i}",
                    SubjectType: "bench",
                    SubjectId: i,
                    DueAtUtc: due));
            }

            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }
    }

    private static async Task<string> StatesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var states = await db.ScheduledMessages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return string.Join(",", states.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Count}"));
    }

    private static Process StartSink(int port, string folder)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "smtp_sink.py"));
        info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(folder);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the SMTP sink");
        var line = process.StandardOutput.ReadLine();
        if (line != "ready")
        {
            throw new InvalidOperationException($"SMTP sink did not start (is python3-aiosmtpd installed?): {line} {process.StandardError.ReadToEnd()}");
        }

        return process;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class SessionCounter
    {
        private int _sessions;

        public int Sessions => _sessions;

        public void Add() => Interlocked.Increment(ref _sessions);
    }

    private sealed class CountingMailer(IMailer inner, SessionCounter counter) : IMailer
    {
        public Task<string> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
        {
            counter.Add();
            return inner.SendAsync(mail, cancellationToken);
        }

        public Task<IMailSession> OpenSessionAsync(CancellationToken cancellationToken = default)
        {
            counter.Add();
            return inner.OpenSessionAsync(cancellationToken);
        }
    }
}
