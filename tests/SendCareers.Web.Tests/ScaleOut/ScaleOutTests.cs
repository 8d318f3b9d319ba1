using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.ScaleOut;

/// <summary>
/// Several app processes on one real PostgreSQL database, sending through one real SMTP server:
/// every message arrives exactly once, and hard kills cost at most one duplicate each.
/// </summary>
public sealed class ScaleOutTests
{
    [Fact]
    public async Task ThreeInstances_TwoThousandDueMessages_EachArrivesExactlyOnce()
    {
        const int count = 2000;
        await using var smtp = await SmtpSink.StartAsync();
        var connection = await (await SharedPostgres.GetAsync()).CreateDatabaseAsync();

        var instances = Enumerable.Range(1, 3).Select(i => new AppProcess(Settings(connection, smtp, $"instance-{i}"))).ToList();
        try
        {
            // All three are running (and have migrated the database) before the messages fall due,
            // so they compete for every batch.
            await Task.WhenAll(instances.Select(i => i.StartAsync()));
            await SeedAsync(connection, count);
            await WaitForDistinctAsync(smtp, count, TimeSpan.FromSeconds(180));
            // Give any would-be duplicate time to arrive before counting.
            await Task.Delay(TimeSpan.FromSeconds(5));

            var arrived = smtp.Messages();
            Assert.Equal(count, arrived.Select(m => m.MessageId).Distinct().Count());
            Assert.Equal(count, arrived.Count);
            await using var db = Open(connection);
            Assert.Equal(count, await db.ScheduledMessages.CountAsync(m => m.State == MessageState.Sent));
            // The work really was shared: more than one instance claimed messages.
            var claimers = await db.ScheduledMessages.Select(m => m.ClaimedBy!.Substring(0, 10)).Distinct().CountAsync();
            Assert.True(claimers > 1, "Only one instance sent messages");
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task InstancesKilledAtRandom_NothingLost_AtMostOneDuplicatePerKill()
    {
        const int count = 1200;
        await using var smtp = await SmtpSink.StartAsync();
        var connection = await (await SharedPostgres.GetAsync()).CreateDatabaseAsync();
        await SeedAsync(connection, count);

        var random = new Random(1123);
        var instances = Enumerable.Range(1, 3).Select(i => new AppProcess(Settings(connection, smtp, $"instance-{i}"))).ToList();
        var kills = 0;
        try
        {
            await Task.WhenAll(instances.Select(i => i.StartAsync()));
            foreach (var threshold in new[] { 150, 450, 800 })
            {
                await smtp.WaitForAsync(_ => true, count: threshold + random.Next(0, 50), timeoutSeconds: 120);
                var victim = instances[random.Next(instances.Count)];
                await victim.KillAsync();
                kills++;
                await victim.StartAsync();
            }

            await WaitForDistinctAsync(smtp, count, TimeSpan.FromSeconds(180));
            await Task.Delay(TimeSpan.FromSeconds(5));

            var arrived = smtp.Messages();
            Assert.Equal(count, arrived.Select(m => m.MessageId).Distinct().Count());
            Assert.True(arrived.Count - count <= kills, $"{arrived.Count - count} duplicates after {kills} kills");
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static Dictionary<string, string> Settings(string connection, SmtpSink smtp, string instanceId) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = connection,
        ["Demo:Seed"] = "false",
        ["Data:Path"] = Path.Combine(Path.GetTempPath(), "sc-scale-" + instanceId + "-" + Guid.NewGuid().ToString("N")[..8]),
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Dispatch:InstanceId"] = instanceId,
        ["Dispatch:BatchSize"] = "50",
        ["Dispatch:ClaimLeaseSeconds"] = "20",
        ["Dispatch:Cron"] = "*/2 * * * * *",
    };

    private static async Task WaitForDistinctAsync(SmtpSink smtp, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (smtp.Messages().Select(m => m.MessageId).Distinct().Count() < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }
    }

    /// <summary>
    /// A hard kill can leave Hangfire's lock on a recurring job behind (a row in its lock table). An
    /// instance started meanwhile must serve at once, not wait on the lock and die at start-up, and the
    /// recurring dispatcher must run again once the left lock goes stale (a minute), not ten minutes later.
    /// </summary>
    [Fact]
    public async Task StartsWhileAKilledInstanceHoldsTheRecurringJobLock_AndDispatchesOnceItGoesStale()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var connection = await (await SharedPostgres.GetAsync()).CreateDatabaseAsync();
        await using var first = new AppProcess(Settings(connection, smtp, "instance-1"));
        await first.StartAsync();
        await first.KillAsync();

        // What the killed instance left: the lock Hangfire takes to change or run the recurring dispatcher.
        // The kill may already have left that very row (killed while its scheduler held the lock), so the
        // row is made fresh rather than added twice.
        await using (var db = Open(connection))
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO hangfire.lock (resource, updatecount, acquired) VALUES ('hangfire:lock:recurring-job:dispatch-messages', 0, {DateTime.UtcNow}) ON CONFLICT (resource) DO UPDATE SET acquired = EXCLUDED.acquired");
        }

        // Restarted with a changed schedule, so registering must write the job and so take its lock.
        var changed = Settings(connection, smtp, "instance-2");
        changed["Dispatch:Cron"] = "*/3 * * * * *";
        await using var second = new AppProcess(changed);
        await second.StartAsync();
        using (var http = new HttpClient())
        {
            // Still alive and serving after Hangfire's 15-second wait for the lock would have run out.
            await Task.Delay(TimeSpan.FromSeconds(20));
            using var health = await http.GetAsync($"{second.BaseUrl}/health");
            Assert.True(health.IsSuccessStatusCode, $"/health answered {(int)health.StatusCode}");
        }

        // Due after start-up's own catch-up dispatch, so only the recurring dispatcher can send them.
        await SeedAsync(connection, 20, firstNumber: 5000);
        await WaitForDistinctAsync(smtp, 20, TimeSpan.FromSeconds(150));
        Assert.Equal(20, smtp.Messages().Select(m => m.MessageId).Distinct().Count());
    }

    private static async Task SeedAsync(string connection, int count, int firstNumber = 1)
    {
        await using var db = Open(connection);
        await db.Database.MigrateAsync();
        var due = DateTime.UtcNow.AddMinutes(-1);
        for (var i = firstNumber; i < firstNumber + count; i++)
        {
            db.ScheduledMessages.Add(new ScheduledMessage
            {
                Kind = TestEmailComposer.Kind,
                DedupeKey = $"scale:{i}",
                RecipientEmail = "hub@example.com",
                SubjectType = "test",
                SubjectId = i,
                DueAtUtc = due,
                NextAttemptAtUtc = due,
                MessageId = $"scale-{i}@sendcareers.test",
                CreatedAtUtc = due,
            });
        }

        await db.SaveChangesAsync();
    }

    private static PostgresAppDbContext Open(string connection) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options);
}
