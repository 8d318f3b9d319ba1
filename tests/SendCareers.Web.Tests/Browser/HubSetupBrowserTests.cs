using Microsoft.Playwright;
using SendCareers.Web.Tests.HubSetup;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Day one in Chromium at 320 and 1280 px, with axe on every page: the bootstrap administrator of an empty
/// Production database follows the set-up checklist, fills in the hub settings, adds a school (after a
/// mistake), changes it and closes it.
/// </summary>
public sealed class HubSetupBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = FirstRunTests.EmptyProductionApp();
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
    public async Task FirstAdministrator_SetsUpTheHubAndASchool_ByTheChecklist(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("first.admin@hub.example.org", "a long first password");
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByTestId("first-run-checklist")).ToContainTextAsync("You have done 0 of 4 steps");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-dashboard-checklist-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Check your hub's details" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hub settings");
        // The browser reaches the app at 127.0.0.1:port, not the configured http://localhost.
        await Assertions.Expect(page.GetByTestId("address-warning")).ToContainTextAsync("the links in their e-mails will not work");
        await page.GetByLabel("Hub name").FillAsync("West Riding SEND Careers Hub");
        await page.GetByLabel("Contact e-mail address").FillAsync("not an address");
        await page.GetByLabel("Days before the start to send briefings").FillAsync("10, 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save hub settings" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter an e-mail address in the correct format");
        await Assertions.Expect(page.GetByLabel("Days before the start to send briefings")).ToHaveValueAsync("10, 2");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-hub-settings-errors-{width}");
        await page.GetByLabel("Contact e-mail address").FillAsync("careers.hub@westriding.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save hub settings" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("The hub settings have been saved.");
        await Assertions.Expect(page.Locator(".sc-header__hub")).ToHaveTextAsync("West Riding SEND Careers Hub");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-hub-settings-{width}");

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add your first school or college" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Add a school or college");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Calder Valley Special School");
        await page.GetByLabel("Special school", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Local authority").FillAsync("Calderdale");
        await page.GetByLabel("Postcode").FillAsync("ZZ9 9ZZ");
        await page.GetByLabel("URN (optional)").FillAsync("10756");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add school or college" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("We do not recognise the postcode area ZZ9");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("URN must be 6 digits");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-school-errors-{width}");

        // The summary's link takes the keyboard to the field.
        await page.Locator(".govuk-error-summary a", new() { HasText = "postcode area" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Postcode")).ToBeFocusedAsync();
        await page.GetByLabel("Postcode").FillAsync("HX1 1AA");
        await page.GetByLabel("URN (optional)").FillAsync("107565");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add school or college" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("Calder Valley Special School has been added.");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-schools-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Calder Valley Special School" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change Calder Valley Special School");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-school-edit-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Close Calder Valley Special School" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("school-counts")).ToContainTextAsync("0 young people");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-school-close-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close school or college" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("closed-schools")).ToContainTextAsync("Calder Valley Special School");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-schools-closed-{width}");

        // A closed school does not count as the hub's first one.
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByTestId("first-run-checklist")).ToContainTextAsync("You have done 1 of 4 steps");
        await page.GotoAsync("/admin/schools");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calder Valley Special School" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Reopen Calder Valley Special School" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reopen school or college" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("Calder Valley Special School has been reopened.");

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByTestId("first-run-checklist")).ToContainTextAsync("You have done 2 of 4 steps");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"hubsetup-dashboard-after-{width}");
    }
}
