using Microsoft.EntityFrameworkCore;
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
    public async Task EasyReadDebrief_HasNoAxeViolations_AndIsAnsweredWithTheKeyboardAlone(int width)
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var token = await IssueAsync(seeded.PlacementId, DebriefRespondent.YoungPerson);
        var page = await browser.NewPageAsync(_baseUrl, width);

        await page.GotoAsync($"/debrief/{token}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("How was it");
        // A token page: the hub's name, no site menu, no licence text.
        await Assertions.Expect(page.GetByTestId("hub-name")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-service-navigation")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("footer")).Not.ToContainTextAsync("Open Government Licence");
        // Three faces, each at least 96 px and each with its word.
        foreach (var face in new[] { "Good", "OK", "Not good" })
        {
            var box = await page.Locator($"label:has-text('{face}') svg").First.BoundingBoxAsync();
            Assert.True(box is { Width: >= 96, Height: >= 96 }, $"The {face} face is {box?.Width}x{box?.Height}");
        }

        var smallest = await page.EvaluateAsync<Browser.EasyReadTextSizeBrowserTests.Smallest>(Browser.EasyReadTextSizeBrowserTests.SmallestScript);
        Assert.True(smallest.Size >= 19, $"Easy Read text at {smallest.Size} px: {smallest.Text}");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"debrief-easy-read-{width}");

        await TabToAsync(page, "button.sc-easy-read__send");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Please check your answers");
        await Assertions.Expect(page.Locator("#rating-error")).ToContainTextAsync("Please choose a face");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"debrief-easy-read-errors-{width}");

        // The summary's link lands on the first face; arrow keys move between faces as in any radio group.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#rating")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "OK", Exact = true })).ToBeCheckedAsync();

        await TabToAsync(page, "#liked");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#liked-4");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#found-hard-5");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#would-go-again");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "The breaks" }).First).ToBeCheckedAsync();
        await page.ScreenshotAsync($"debrief-easy-read-chosen-{width}");
        await TabToAsync(page, "button.sc-easy-read__send");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Thank you");
        await page.AssertNoAxeViolationsAsync();
        var saved = await _app.WithDbAsync(db => db.Debriefs.SingleAsync(d => d.PlacementId == seeded.PlacementId));
        Assert.Equal(3, saved.Rating);
        Assert.Equal(DebriefTopics.People | DebriefTopics.Breaks, saved.Liked);
        Assert.Equal(DebriefTopics.GettingThere, saved.FoundHard);
        Assert.Equal(GoAgainAnswer.Yes, saved.WouldGoAgain);
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}");
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
