using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// The hub administrator is warned on the dashboard that the database has no backup, follows the link,
/// and backs it up by keyboard: in Chromium at 320 and 1280 px, with axe.
/// </summary>
public sealed class BackupsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new SendCareersApp().Set("Database:Provider", "Sqlite");
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
    public async Task Administrator_IsWarned_AndBacksUpByKeyboard(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("admin@sendcareers.test");
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByTestId("backup-warning")).ToContainTextAsync("The database has not been backed up yet.");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Check the backups" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Backups of the database");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Back up now" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("The database was backed up");
        await Assertions.Expect(page.GetByTestId("backup-files")).ToContainTextAsync("sendcareers-");
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"admin-backups-{width}");

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByTestId("backup-warning")).ToHaveCountAsync(0);
    }
}
