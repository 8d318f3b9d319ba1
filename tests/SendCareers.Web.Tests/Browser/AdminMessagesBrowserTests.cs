using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// The hub administrator's view of e-mail that could not be sent: the failed message with its error,
/// the retry button, and the Hangfire dashboard, which only hub administrators may open.
/// </summary>
public sealed class AdminMessagesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _baseUrl = _app.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Admin_SeesAFailedMessage_AndTriesItAgain(int width)
    {
        var id = await _app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var failed = new ScheduledMessage
            {
                Kind = "test-email",
                DedupeKey = $"browser-failed-{width}",
                RecipientEmail = $"unreachable-{width}@example.org",
                SubjectType = "test",
                SubjectId = 1,
                DueAtUtc = now.AddHours(-2),
                State = MessageState.Failed,
                Attempts = 5,
                NextAttemptAtUtc = now.AddHours(-1),
                LastError = "Connection refused by 127.0.0.1:25",
                MessageId = $"<failed-{width}@sendcareers.test>",
                CreatedAtUtc = now.AddHours(-3),
            };
            db.ScheduledMessages.Add(failed);
            // One waiting for its next try after the server refused the greeting.
            db.ScheduledMessages.Add(new ScheduledMessage
            {
                Kind = "test-email",
                DedupeKey = $"browser-retrying-{width}",
                RecipientEmail = $"retrying-{width}@example.org",
                SubjectType = "test",
                SubjectId = 2,
                DueAtUtc = now.AddMinutes(-3),
                State = MessageState.Pending,
                Attempts = 1,
                NextAttemptAtUtc = now.AddMinutes(1),
                LastError = "Mail server unavailable: 421 4.3.2 Too many connections, try again later",
                MessageId = $"<retrying-{width}@sendcareers.test>",
                CreatedAtUtc = now.AddMinutes(-3),
            });
            await db.SaveChangesAsync();
            return failed.Id;
        });

        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("admin@sendcareers.test");
        await page.GotoAsync("/admin/messages");
        var row = page.Locator("tr", new() { HasText = $"unreachable-{width}@example.org" });
        await Assertions.Expect(row).ToContainTextAsync("Connection refused");
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("waiting to be tried again. The mail server last said: Mail server unavailable: 421");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"admin-messages-failed-{width}");
        // Wide tables scroll inside their own region; the page itself never scrolls sideways.
        var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.parentElement.closest('.sc-table-wrapper')).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(wide.Length == 0 && scrollWidth <= width, $"wider than the screen at {width}px ({scrollWidth}): {wide}");

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Try again") }).ClickAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Connection refused" })).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        var state = await _app.WithDbAsync(db => db.ScheduledMessages.Where(m => m.Id == id).Select(m => new { m.State, m.Attempts }).SingleAsync());
        Assert.NotEqual(MessageState.Failed, state.State);

        var jobs = await page.GotoAsync("/admin/jobs");
        Assert.Equal((int)HttpStatusCode.OK, jobs!.Status);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("SendCareers jobs");

        var coach = await browser.NewPageAsync(_baseUrl, width);
        await coach.SignInAsync("coach@sendcareers.test");
        var refused = await coach.GotoAsync("/admin/jobs");
        Assert.NotEqual((int)HttpStatusCode.OK, refused!.Status);
    }
}
