using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reminders;

/// <summary>
/// The app process is killed (SIGKILL) repeatedly while it sends, then started again: every message
/// still arrives, and each kill costs at most one duplicate (counted by Message-ID at the server).
/// </summary>
public sealed class HardKillTests
{
    private const int MessageCount = 600;

    [Fact]
    public async Task KilledMidDispatch_EveryMessageArrives_AtMostOneDuplicatePerKill()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var dataFolder = Path.Combine(Path.GetTempPath(), "sc-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        try
        {
            await SeedDueMessagesAsync(Path.Combine(dataFolder, "sendcareers.db"));

            var settings = new Dictionary<string, string>
            {
                ["Data:Path"] = dataFolder,
                ["Demo:Seed"] = "false",
                ["Smtp:Host"] = "127.0.0.1",
                ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Dispatch:InstanceId"] = "kill-test",
                ["Dispatch:BatchSize"] = "50",
                ["Dispatch:Cron"] = "*/2 * * * * *",
            };

            var random = new Random(20261123);
            var kills = 0;
            await using var app = new AppProcess(settings);
            foreach (var threshold in new[] { 60, 220, 400 }.Select(t => t + random.Next(0, 40)))
            {
                await app.StartAsync();
                await smtp.WaitForAsync(_ => true, count: threshold, timeoutSeconds: 90);
                await app.KillAsync();
                kills++;
            }

            await app.StartAsync();
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (DistinctSubjects(smtp) < MessageCount && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }

            await app.KillAsync();
            var arrived = smtp.Messages();
            var perMessageId = arrived.GroupBy(m => m.MessageId).ToList();

            Assert.Equal(MessageCount, DistinctSubjects(smtp));
            Assert.Equal(MessageCount, perMessageId.Count);
            Assert.True(arrived.Count - MessageCount <= kills, $"{arrived.Count - MessageCount} duplicates after {kills} kills");
            Assert.All(perMessageId, g => Assert.True(g.Count() <= 2));

            await using var db = OpenDb(Path.Combine(dataFolder, "sendcareers.db"));
            Assert.Equal(MessageCount, await db.ScheduledMessages.CountAsync(m => m.State == MessageState.Sent));
            // The server never failed, so every message took one attempt: being picked up again after
            // a kill is not an attempt (counting it would lengthen back-off and fail messages early).
            var attempts = await db.ScheduledMessages.GroupBy(m => m.Attempts).Select(g => new { Attempts = g.Key, Count = g.Count() }).ToListAsync();
            Assert.True(attempts.All(a => a.Attempts == 1), "Attempts per message: " + string.Join(", ", attempts.Select(a => $"{a.Attempts}: {a.Count}")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static int DistinctSubjects(SmtpSink smtp) => smtp.Messages().Select(m => m.Subject).Distinct().Count();

    private static async Task SeedDueMessagesAsync(string databaseFile)
    {
        await using var db = OpenDb(databaseFile);
        await db.Database.MigrateAsync();
        var due = DateTime.UtcNow.AddMinutes(-1);
        for (var i = 1; i <= MessageCount; i++)
        {
            db.ScheduledMessages.Add(new ScheduledMessage
            {
                Kind = TestEmailComposer.Kind,
                DedupeKey = $"kill:{i}",
                RecipientEmail = "hub@example.com",
                SubjectType = "test",
                SubjectId = i,
                DueAtUtc = due,
                NextAttemptAtUtc = due,
                MessageId = $"kill-{i}@sendcareers.test",
                CreatedAtUtc = due,
            });
        }

        await db.SaveChangesAsync();
    }

    private static SqliteAppDbContext OpenDb(string databaseFile) =>
        new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={databaseFile}").Options);
}
