using Microsoft.Playwright;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// The placement forms in Chromium with axe-core (WCAG 2.2 AA), empty and with errors, at a phone's
/// width and a desktop's: the Easy Read debrief first, since it is for the young people themselves.
/// </summary>
public sealed class PlacementsBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task EasyReadDebrief_HasNoAxeViolations_AndWorksWithTheKeyboard(int width)
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var token = await IssueAsync(seeded.PlacementId, DebriefRespondent.YoungPerson);
        var page = await browser.NewPageAsync(_baseUrl, width);

        await page.GotoAsync($"/debrief/{token}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("How was it");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"debrief-easy-read-{width}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#rating-error")).ToContainTextAsync("Choose a face");
        await page.AssertNoAxeViolationsAsync();

        // The summary's link lands on the first face; arrow keys move between faces as in any radio group.
        await page.Locator(".govuk-error-summary a").ClickAsync();
        await Assertions.Expect(page.Locator("#rating")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Good", Exact = true })).ToBeCheckedAsync();
        await page.GetByLabel("What did you like?").FillAsync("Feeding the dogs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Thank you");
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task EmployerAndFamilyDebriefs_AndAttendancePage_HaveNoAxeViolations(int width)
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var page = await browser.NewPageAsync(_baseUrl, width);
        foreach (var respondent in new[] { DebriefRespondent.Employer, DebriefRespondent.Family })
        {
            await page.GotoAsync($"/debrief/{await IssueAsync(seeded.PlacementId, respondent)}");
            await page.AssertNoAxeViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();
        }

        await page.GotoAsync("/debrief/not-a-token");
        await page.AssertNoAxeViolationsAsync();

        var upcoming = await SeedAsync(_app, PlacementState.Confirmed, startsAtUtc: DateTime.UtcNow.AddDays(1), endsAtUtc: DateTime.UtcNow.AddDays(2));
        var attendance = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, TimeProvider.System).Issue(TokenPurpose.Attendance, $"placement:{upcoming.PlacementId}:family-{upcoming.YoungPersonId}", TimeSpan.FromDays(2));
            await db.SaveChangesAsync();
            return issued;
        });
        await page.GotoAsync($"/attendance/{attendance}?answer=yes");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "I'll be there" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Thank you");
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task CoachAndEmployerPlacementPages_HaveNoAxeViolations(int width)
    {
        var agreed = await SeedAsync(_app, PlacementState.Agreed);
        var proposed = await SeedAsync(_app, PlacementState.Proposed);

        var coach = await browser.NewPageAsync(_baseUrl, width);
        await coach.SignInAsync("coach@sendcareers.test");
        foreach (var url in new[] { "/coach/placements", $"/coach/placements/{agreed.PlacementId}", $"/coach/placements/{agreed.PlacementId}/confirm" })
        {
            await coach.GotoAsync(url);
            await coach.AssertNoAxeViolationsAsync();
        }

        await coach.GetByRole(AriaRole.Button, new() { Name = "Confirm placement" }).ClickAsync();
        await Assertions.Expect(coach.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await coach.AssertNoAxeViolationsAsync();
        await coach.ScreenshotAsync($"confirm-errors-{width}");

        await coach.GotoAsync($"/coach/placements/{agreed.PlacementId}");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Withdraw the placement" }).ClickAsync();
        await Assertions.Expect(coach.Locator("#withdraw-reason-error")).ToBeVisibleAsync();
        await coach.AssertNoAxeViolationsAsync();

        var employer = await browser.NewPageAsync(_baseUrl, width);
        await employer.SignInAsync("employer@sendcareers.test");
        foreach (var url in new[] { "/my-organisation/placements", $"/my-organisation/placements/{proposed.PlacementId}", $"/my-organisation/placements/{agreed.PlacementId}/briefing" })
        {
            await employer.GotoAsync(url);
            await employer.AssertNoAxeViolationsAsync();
        }

        await employer.GotoAsync($"/my-organisation/placements/{proposed.PlacementId}");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(employer.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await employer.AssertNoAxeViolationsAsync();
    }

    private Task<string> IssueAsync(int placementId, DebriefRespondent respondent) =>
        _app.WithDbAsync(async db =>
        {
            var token = new TokenService(db, TimeProvider.System).Issue(TokenPurpose.Debrief, $"placement:{placementId}:{(int)respondent}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return token;
        });
}
