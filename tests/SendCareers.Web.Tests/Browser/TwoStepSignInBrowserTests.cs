using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Two-step sign-in in Chromium: a coach finds it from the header, sets it up with a wrong then a right
/// code, signs in again with a code, and a hub administrator sees it on the staff accounts page.
/// Axe (WCAG 2.2 AA) on every page, at phone and desktop widths.
/// </summary>
public sealed partial class TwoStepSignInBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task Coach_SetsUpTwoStepSignIn_AndUsesIt(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Two-step sign-in");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"two-step-off-{width}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-step sign-in" }).ClickAsync();
        var key = (await page.Locator("[data-testid=key]").TextContentAsync())!.Trim();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"two-step-set-up-{width}");

        await page.GetByLabel("Code from your app").FillAsync(Authenticator.WrongCode(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"two-step-set-up-error-{width}");

        await page.GetByLabel("Code from your app").FillAsync(Authenticator.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Two-step sign-in is on");
        await Assertions.Expect(page.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(10);
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"two-step-recovery-codes-{width}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.SignInAsync("coach@sendcareers.test");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enter your sign-in code");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"two-step-code-{width}");
        await page.GetByLabel("Code").FillAsync(Authenticator.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(CoachHome());

        var admin = await browser.NewPageAsync(_baseUrl, width);
        await admin.SignInAsync("admin@sendcareers.test");
        await admin.GotoAsync("/admin/accounts");
        await Assertions.Expect(admin.Locator("[data-testid='account-coach@sendcareers.test']")).ToContainTextAsync("On");
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"admin-accounts-{width}");
    }

    [GeneratedRegex("/coach$")]
    private static partial Regex CoachHome();
}
