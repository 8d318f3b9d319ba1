using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reports;

/// <summary>
/// A job coach's training page in Chromium with axe-core, empty, with errors, with a course and when
/// removing it, at a phone's width and a desktop's, reached from the staff accounts table.
/// </summary>
public sealed class CoachTrainingBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string ShotsFolder = "/tmp/shots-training";
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
    public async Task TrainingPage_HasNoAxeViolations_EmptyWithErrorsAndWithACourse(int width)
    {
        // Calder Valley's job coach has no training in the demo hub.
        var coach = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "coach.calder@sendcareers.test").Select(u => new { u.Id, u.DisplayName }).SingleAsync());
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("admin@sendcareers.test");

        await page.GotoAsync("/admin/accounts");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"accounts-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Training for {coach.DisplayName}: None recorded" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{_baseUrl}/admin/accounts/{coach.Id}/training");
        await Assertions.Expect(page.Locator("[data-testid=no-training]")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"training-empty-{width}");

        await page.GetByLabel("Day", new() { Exact = true }).FillAsync("31");
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("Year", new() { Exact = true }).FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save training" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#course-error")).ToContainTextAsync("Enter the name of the course");
        await Assertions.Expect(page.Locator("#completed-on-error")).ToContainTextAsync("Date completed must be a real date, like 27 3 2025");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"training-errors-{width}");

        await page.GetByLabel("Name of the course").FillAsync("Level 3 Certificate in Supported Employment");
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync("28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save training" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The training has been recorded.");
        await Assertions.Expect(page.Locator("[data-testid=training]")).ToContainTextAsync("Completed on 28 February 2025");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"training-saved-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Level 3 Certificate in Supported Employment, completed on 28 February 2025" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"training-remove-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove training" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The training has been removed.");
        await Assertions.Expect(page.Locator("[data-testid=no-training]")).ToBeVisibleAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = true });
    }
}
