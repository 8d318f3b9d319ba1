using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// The e-mail settings page in Chromium at 320 and 1280 px with axe, for a coach and an employer
/// contact: reached from the header, the daily summary chosen and saved by keyboard alone.
/// </summary>
public sealed class EmailSettingsBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    [InlineData("coach@sendcareers.test", "coach", 320)]
    [InlineData("employer@sendcareers.test", "employer", 1280)]
    [InlineData("employer@sendcareers.test", "employer", 320)]
    [InlineData("coach@sendcareers.test", "coach", 1280)]
    public async Task ChoosingOneEmailADay_ByKeyboard(string email, string name, int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync(email);
        await page.GetByRole(AriaRole.Link, new() { Name = "E-mail settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How we e-mail you");
        await Assertions.Expect(page.GetByLabel("An e-mail as each thing happens")).ToBeCheckedAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"email-settings-{name}-{width}");

        // Keyboard only: focus the checked radio, arrow to the next choice, tab to Save, press Enter.
        await page.GetByLabel("An e-mail as each thing happens").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync("You will get one e-mail a day, at 8am, when something is new.");
        await Assertions.Expect(page.GetByLabel("One e-mail a day, at 8am")).ToBeCheckedAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"email-settings-saved-{name}-{width}");
    }
}
