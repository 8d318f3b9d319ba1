using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// The new school year at /coach/rollover, in Chromium at 320 and 1280 px with axe, on 10 September 2027:
/// reached from "Needs you" by keyboard, a missing leaving date refused beside the field, then one young
/// person moved to another school by keyboard alone and the whole year applied.
/// </summary>
public sealed class RolloverBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new SendCareersApp().WithClock(new DateTimeOffset(2027, 9, 10, 9, 0, 0, TimeSpan.Zero));
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
    public async Task Rollover_IsReachedAndAppliedByKeyboard_WithNoAxeViolations(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");
        await page.GotoAsync("/coach");
        var waiting = page.GetByTestId("needs-you-rollover").Locator("a");
        await waiting.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/coach/rollover");
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToHaveTextAsync("Preparing for 2027/28");
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"rollover-{width}");

        // The first young person set to leave by keyboard, with no leaving date: the message is beside the
        // field and in the summary, and nothing is saved.
        var first = page.Locator(".sc-rollover-person").First;
        var name = (await first.Locator("legend").TextContentAsync())!.Trim();
        await first.Locator("input[value=stays]").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(first.Locator("input[value=leaves]")).ToBeCheckedAsync();
        await page.Locator("#leaving-date").FillAsync("");
        await page.Locator("#leaving-date-month").FillAsync("");
        await page.Locator("#leaving-date-year").FillAsync("");
        var apply = page.GetByRole(AriaRole.Button, new() { Name = "Apply the new school year" });
        await apply.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the leaving date");
        await Assertions.Expect(page.Locator("#leaving-date-error")).ToContainTextAsync("Enter the leaving date");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"rollover-error-{width}");

        // By keyboard: the date typed, the first young person moved instead, to the first school offered.
        await page.Locator("#leaving-date").FocusAsync();
        await page.Keyboard.TypeAsync("31");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("7");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("2027");
        await Assertions.Expect(first.Locator("input[value=leaves]")).ToBeCheckedAsync(); // kept
        await first.Locator("input[value=leaves]").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(first.Locator("input[value=moves]")).ToBeCheckedAsync();
        var select = first.Locator("select");
        await Assertions.Expect(select).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(select).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.NotEqual("", await select.InputValueAsync());
        await apply.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("rollover-applied")).ToContainTextAsync("1 move");
        Assert.Equal(0, await page.Locator(".sc-rollover-person legend", new() { HasTextString = name }).CountAsync());
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"rollover-applied-{width}");
    }
}
