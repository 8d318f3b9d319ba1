using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// "Needs you" on each starting page, in Chromium at 320 and 1280 px with axe: the list is read before
/// anything else on the page, and its first link is followed by keyboard to where the work is.
/// </summary>
public sealed class NeedsYouBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    [InlineData("admin@sendcareers.test", "/admin", "admin", 320)]
    [InlineData("admin@sendcareers.test", "/admin", "admin", 1280)]
    [InlineData("coach@sendcareers.test", "/coach", "coach", 320)]
    [InlineData("coach@sendcareers.test", "/coach", "coach", 1280)]
    [InlineData("employer@sendcareers.test", "/my-organisation", "employer", 320)]
    [InlineData("employer@sendcareers.test", "/my-organisation", "employer", 1280)]
    public async Task NeedsYou_IsListed_AndItsFirstLinkWorksByKeyboard(string email, string dashboard, string name, int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync(email);
        await page.GotoAsync(dashboard);
        var needsYou = page.GetByTestId("needs-you");
        await Assertions.Expect(needsYou.Locator("h2")).ToHaveTextAsync("Needs you");
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"needs-you-{name}-{width}");

        var first = needsYou.Locator("a").First;
        var href = await first.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), $"{email} has something waiting in the demo");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(href!.Split('#')[0], StringComparison.Ordinal));
        await page.AssertNoAxeViolationsAsync();
    }
}
