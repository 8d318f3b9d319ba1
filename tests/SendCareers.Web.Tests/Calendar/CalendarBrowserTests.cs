using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Calendar;

/// <summary>
/// An employer makes a calendar link in Chromium, by keyboard, from their dashboard, at a phone's width
/// and a desktop's: axe-core finds nothing, nothing scrolls sideways, and the link is there to copy.
/// </summary>
public sealed class CalendarBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task Employer_MakesACalendarLinkByKeyboard(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("employer@sendcareers.test");
        await page.GotoAsync("/my-organisation");
        await page.GetByRole(AriaRole.Link, new() { Name = "Put your placements and encounters in your calendar app" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{_baseUrl}/calendar");
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync("You do not have a calendar link.");
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"calendar-none-{width}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Make a calendar link" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your calendar link is ready");
        var address = page.GetByLabel("Your calendar link");
        await Assertions.Expect(address).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^http://localhost/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$"));
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"calendar-made-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your calendar link" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=status]")).ToContainTextAsync("You made your calendar link on");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"calendar-live-{width}");
    }
}
