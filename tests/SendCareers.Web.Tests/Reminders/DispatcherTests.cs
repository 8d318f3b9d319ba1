using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reminders;

public sealed class DispatcherTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp()
            .WithoutDemoData()
            .Set("Bootstrap:AdminEmail", "admin@sendcareers.test")
            .Set("Bootstrap:AdminPassword", "SendCareers-Demo-1")
            .WithSmtp(_smtp)
            .WithClock(Start)
            .WithServices(s => s.AddSingleton<IMessageComposer, TestNoticeComposer>());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task DueMessages_AreSentOnce_AndNotBeforeDue()
    {
        await ScheduleAsync(1, Start.AddMinutes(-5));
        await ScheduleAsync(2, Start.AddDays(7));

        Assert.Equal(1, await DispatchAsync());
        Assert.Equal(0, await DispatchAsync());

        var arrived = await _smtp.WaitForAsync(_ => true);
        Assert.Equal(["Notice 1"], arrived.Select(m => m.Subject));

        _app.Clock!.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await DispatchAsync());
        Assert.Equal(0, await DispatchAsync());
        arrived = await _smtp.WaitForAsync(_ => true, count: 2);
        Assert.Equal(["Notice 1", "Notice 2"], arrived.Select(m => m.Subject));

        var rows = await Rows();
        Assert.All(rows, r => Assert.Equal(MessageState.Sent, r.State));
        Assert.Equal(rows.Select(r => r.MessageId).Order(), arrived.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task ScheduleTwiceWithSameKey_CreatesOneRow()
    {
        await ScheduleAsync(7, Start);
        await ScheduleAsync(7, Start);

        Assert.Single(await Rows());
    }

    [Fact]
    public async Task SmtpDown_MessagesWaitWithBackOff_ThenArriveOnceWhenBack()
    {
        for (var i = 1; i <= 20; i++)
        {
            await ScheduleAsync(i, Start);
        }

        await _smtp.StopAsync();
        Assert.Equal(0, await DispatchAsync());
        var waiting = await Rows();
        Assert.All(waiting, r =>
        {
            Assert.Equal(MessageState.Pending, r.State);
            Assert.Equal(1, r.Attempts);
            Assert.Contains("unavailable", r.LastError, StringComparison.Ordinal);
            // One minute, give or take the policy's ±20% spread.
            Assert.InRange(r.NextAttemptAtUtc, Start.UtcDateTime.AddSeconds(48), Start.UtcDateTime.AddSeconds(72));
        });

        // Still down after the first back-off.
        _app.Clock!.Advance(TimeSpan.FromSeconds(75));
        Assert.Equal(0, await DispatchAsync());
        Assert.All(await Rows(), r => Assert.Equal(2, r.Attempts));

        // Not yet due again (the second wait is 5 minutes ±20%): nothing is attempted early.
        _app.Clock.Advance(TimeSpan.FromMinutes(3));
        await _smtp.StartAgainAsync();
        Assert.Equal(0, await DispatchAsync());

        _app.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(20, await DispatchAsync());
        var arrived = await _smtp.WaitForAsync(_ => true, count: 20);
        Assert.Equal(20, arrived.Count);
        Assert.Equal(20, arrived.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await Rows(), r => Assert.Equal(MessageState.Sent, r.State));
    }

    /// <summary>
    /// A server in maintenance, at its connection limit or throttling answers the greeting with 421.
    /// That is the server being unavailable: no row stays claimed, each records the error and backs
    /// off, and once the server recovers every message arrives exactly once.
    /// </summary>
    [Fact]
    public async Task Smtp421Greeting_RowsReleasedWithError_ThenEachArrivesOnceAfterRecovery()
    {
        for (var i = 1; i <= 30; i++)
        {
            await ScheduleAsync(i, Start);
        }

        _smtp.RefuseGreetings(true);
        Assert.Equal(0, await DispatchAsync());
        Assert.All(await Rows(), r =>
        {
            Assert.Equal(MessageState.Pending, r.State);
            Assert.Null(r.ClaimedUntilUtc);
            Assert.Equal(1, r.Attempts);
            Assert.Contains("421", r.LastError, StringComparison.Ordinal);
            Assert.InRange(r.NextAttemptAtUtc, Start.UtcDateTime.AddSeconds(48), Start.UtcDateTime.AddSeconds(72));
        });

        // The hub administrator sees why messages are waiting.
        using (var client = _app.CreateFormClient())
        {
            await client.SignInAsync("admin@sendcareers.test");
            var page = await client.GetAsync("/admin/messages");
            Assert.Contains("421", page.Text, StringComparison.Ordinal);
        }

        _smtp.RefuseGreetings(false);
        _app.Clock!.Advance(TimeSpan.FromSeconds(75));
        Assert.Equal(30, await DispatchAsync());
        var arrived = await _smtp.WaitForAsync(_ => true, count: 30);
        await Task.Delay(500);
        Assert.Equal(30, _smtp.Messages().Count);
        Assert.Equal(30, arrived.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await Rows(), r =>
        {
            Assert.Equal(MessageState.Sent, r.State);
            Assert.Equal(2, r.Attempts);
        });
    }

    /// <summary>
    /// A message on its last try whose server refuses the greeting fails for good (and is shown to
    /// administrators as failed), rather than being picked up again and again.
    /// </summary>
    [Fact]
    public async Task Smtp421Greeting_OnTheLastTry_EndsFailed()
    {
        await ScheduleAsync(1, Start);
        _smtp.RefuseGreetings(true);
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await DispatchAsync();
            Assert.Equal(attempt, Assert.Single(await Rows()).Attempts);
            _app.Clock!.Advance(TimeSpan.FromHours(5));
        }

        var failed = Assert.Single(await Rows());
        Assert.Equal(MessageState.Failed, failed.State);
        Assert.Contains("421", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryAttemptFails_EndsFailed_AndAdminRetrySendsIt()
    {
        await ScheduleAsync(1, Start);
        await _smtp.StopAsync();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await DispatchAsync();
            _app.Clock!.Advance(TimeSpan.FromHours(5));
        }

        var failed = Assert.Single(await Rows());
        Assert.Equal(MessageState.Failed, failed.State);
        Assert.Equal(6, failed.Attempts);

        using var client = _app.CreateFormClient();
        await client.SignInAsync("admin@sendcareers.test");
        var page = await client.GetAsync("/admin/messages");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Test notice", page.Text, StringComparison.Ordinal);
        Assert.Contains("someone@example.com", page.Text, StringComparison.Ordinal);

        await _smtp.StartAgainAsync();
        var retried = await client.SubmitAsync("/admin/messages", new Dictionary<string, object?> { ["id"] = failed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, action: $"/admin/messages?handler=retry");
        Assert.True(retried.Status == HttpStatusCode.Redirect, string.Join("\n", _app.Errors.Entries));
        Assert.Equal(1, await DispatchAsync());
        Assert.Single(await _smtp.WaitForAsync(m => m.Subject == "Notice 1"));
    }

    [Fact]
    public async Task ComposerSaysNoLongerWanted_RowIsCancelledNotSent()
    {
        await ScheduleAsync(-1, Start);

        Assert.Equal(0, await DispatchAsync());

        Assert.Equal(MessageState.Cancelled, Assert.Single(await Rows()).State);
        Assert.Empty(_smtp.Messages());
    }

    [Fact]
    public async Task ExpiredClaimOfAnotherInstance_IsTakenOverAndSentOnce()
    {
        await ScheduleAsync(1, Start);
        // Another instance claimed it and died before sending.
        await _app.WithDbAsync(db => db.ScheduledMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, MessageState.Sending)
            .SetProperty(m => m.ClaimedBy, "other-instance:abc")
            .SetProperty(m => m.ClaimedUntilUtc, Start.UtcDateTime.AddMinutes(5))));

        Assert.Equal(0, await DispatchAsync());
        _app.Clock!.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await DispatchAsync());
        Assert.Single(await _smtp.WaitForAsync(_ => true));
    }

    private async Task ScheduleAsync(long subjectId, DateTimeOffset due)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<MessageScheduler>();
        var db = scope.ServiceProvider.GetRequiredService<SendCareers.Web.Data.AppDbContext>();
        await scheduler.ScheduleAsync(new MessageRequest(TestNoticeComposer.Kind, $"test:{subjectId}", "someone@example.com", "Someone", "test", subjectId, due.UtcDateTime));
        await db.SaveChangesAsync();
    }

    private async Task<int> DispatchAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    private Task<List<ScheduledMessage>> Rows() =>
        _app.WithDbAsync(db => db.ScheduledMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
}
