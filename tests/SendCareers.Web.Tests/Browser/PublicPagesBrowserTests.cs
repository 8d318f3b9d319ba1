using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

public sealed class PublicPagesBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task PublicPages_HaveNoAxeViolations(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        foreach (var url in new[] { "/", "/account/sign-in", "/account/forgotten-password", "/accessibility", "/privacy", "/about-the-data", "/reading-preferences", "/no-such-page" })
        {
            await page.GotoAsync(url);
            await page.AssertNoAxeViolationsAsync();
        }

        await page.GotoAsync("/");
        await page.ScreenshotAsync($"home-{width}");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task SignIn_WithErrors_HasNoAxeViolationsAndFocusesSummary(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.GotoAsync("/account/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#email-error")).ToContainTextAsync("Enter your e-mail address");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"sign-in-errors-{width}");
    }

    [Fact]
    public async Task SkipLink_IsFirstTabStopAndMovesToMain()
    {
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        Assert.Equal("Skip to main content", focused);

        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main-content", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoAdmin_SignsInWithKeyboardOnly()
    {
        var page = await browser.NewPageAsync(_baseUrl);
        await page.GotoAsync("/account/sign-in");

        await page.Locator("#email").FocusAsync();
        await page.Keyboard.TypeAsync("admin@sendcareers.test");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("SendCareers-Demo-1");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));

        Assert.Contains("Signed in as Priya Natarajan", await page.Locator("header").InnerTextAsync(), StringComparison.Ordinal);
    }
}
