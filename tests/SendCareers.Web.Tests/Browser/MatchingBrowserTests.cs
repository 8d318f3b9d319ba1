using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Issue 3's journey in Chromium, as a job coach walks it with the demo hub: a young person's profile,
/// their ranked and explained matches and the left-out list, a proposal that overrides the ranking, a
/// group allocation with a pin, proposing from it, and adding an opening (with its messages). Axe
/// (WCAG 2.2 AA) on every page, at phone and desktop widths.
/// </summary>
public sealed class MatchingBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task Coach_MatchesOverridesAllocatesAndProposes(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");
        await page.GotoAsync("/coach");
        // The demo's openings were all published when the demo hub was made, so they are all new.
        await Assertions.Expect(page.Locator("[data-testid=new-openings] > li")).ToHaveCountAsync(5);
        await page.AssertNoAxeViolationsAsync();
        await page.AssertReflowsAsync();
        await page.ScreenshotAsync($"coach-dashboard-{width}");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Young people" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"coach-young-people-{width}");

        // Open the first young person, then their matches.
        await page.Locator("main td:first-child a").First.ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"coach-young-person-{width}");
        var name = (await page.Locator("h1").TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find matches" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Matches for");
        await Assertions.Expect(page.Locator(".sc-match-list .govuk-tag").First).ToContainTextAsync("out of 100");
        await page.Locator("summary", new() { HasText = "were left out" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-details__text")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"coach-matches-{width}");

        // Override the ranking: the second match needs a reason.
        await page.Locator(".sc-match-list a[href*='/propose/']").Nth(1).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = false }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you are choosing this over the higher-ranked matches");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"coach-propose-errors-{width}");
        await page.Locator("textarea").FillAsync("They asked to try this after a visit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = false }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // A group allocation with a pin, then propose what it gave.
        await page.GotoAsync("/coach/cohort");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByText("Pin a young person to an opening").ClickAsync();
        var personOptions = await page.Locator("#pin-person option").AllTextContentsAsync();
        await page.Locator("#pin-person").SelectOptionAsync(new SelectOptionValue { Label = personOptions.First(o => o != "Choose one" && o != name) });
        await page.Locator("#pin-opening").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Share out the places" }).ClickAsync();
        await Assertions.Expect(page.Locator("h2", new() { HasText = "The result" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Pinned by you");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"coach-cohort-result-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose the ticked placements" }).ClickAsync();
        await page.ScreenshotAsync($"coach-cohort-proposed-{width}");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("proposed");
        await page.AssertNoAxeViolationsAsync();

        // Add an opening: a traineeship is explained, then a valid one is saved and ranks the caseload.
        await page.GotoAsync("/coach/openings");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an opening" }).ClickAsync();
        await page.Locator("#employer-id").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Work experience", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Title").FillAsync("Retail traineeship");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save opening" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#title-error")).ToContainTextAsync("Traineeships no longer exist");
        await Assertions.Expect(page.Locator("#postcode-error")).ToContainTextAsync("Enter the postcode");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"coach-opening-errors-{width}");
        await page.GetByLabel("Title").FillAsync($"Shop floor helper {width}");
        await page.GetByLabel("Retail").CheckAsync();
        await page.GetByLabel("Postcode of the place where it happens").FillAsync("LS1 4AP");
        await page.GetByLabel("Open", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save opening" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Shop floor helper {width}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Young people who fit best");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"coach-opening-{width}");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Employer_AddsAnOpening(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("employer@sendcareers.test");
        await page.GotoAsync("/my-organisation/openings");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"employer-openings-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an opening" }).ClickAsync();
        await page.GetByLabel("Apprenticeship").CheckAsync();
        await page.GetByLabel("Title").FillAsync($"Bakery apprentice {width}");
        await page.GetByLabel("Hours a week (optional)").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save opening" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hours-per-week-error")).ToContainTextAsync("Paid employment means at least 16 hours a week");
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync($"Bakery apprentice {width}");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"employer-opening-errors-{width}");
    }
}
