using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SendCareers.Domain.Placements;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Changing a placement's job coach, in Chromium at 320 and 1280 px with axe: reached from the placement
/// by keyboard, a submission without a choice is answered beside the field and in the summary, and
/// choosing a coach saves and says so.
/// </summary>
public sealed class PlacementJobCoachBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task ChangingTheJobCoach_WorksByKeyboard_WithNoAxeViolations(int width)
    {
        // The demo's supported internship under way, supported by the demo coach.
        var id = await _app.WithDbAsync(db => db.Placements.Where(p => p.State == PlacementState.InProgress && p.JobCoachUserId != null).Select(p => p.Id).FirstAsync());
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");
        await page.GotoAsync($"/coach/placements/{id}");
        var change = page.Locator($"a[href='/coach/placements/{id}/job-coach']");
        await change.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith($"/coach/placements/{id}/job-coach", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change the job coach");
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"job-coach-{width}");

        // The current coach is the only one at the school: choosing them again is refused, kindly.
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the job coach" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("is already their job coach");
        await Assertions.Expect(page.Locator(".govuk-error-message")).ToContainTextAsync("is already their job coach");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"job-coach-error-{width}");
    }
}
