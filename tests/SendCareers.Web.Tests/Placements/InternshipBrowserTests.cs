using Microsoft.Playwright;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// The supported-internship forms (rotation, remove, handover, outcome) in Chromium with axe-core,
/// empty and with errors, at a phone's width and a desktop's, driven by the keyboard-reachable buttons.
/// </summary>
public sealed class InternshipBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string ShotsFolder = "/tmp/shots-internships";
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
    public async Task InternshipForms_HaveNoAxeViolations_EmptyAndWithErrors(int width)
    {
        var now = DateTime.UtcNow;
        var seeded = await SeedAsync(_app, PlacementState.InProgress, startsAtUtc: now.AddDays(-21), endsAtUtc: now.AddDays(210), kind: OpeningKind.SupportedInternship);
        var id = seeded.PlacementId;
        var firstDay = DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(now.AddDays(-21), TimeSpan.Zero)).DateTime);
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");

        await page.GotoAsync($"/coach/placements/{id}/internship");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a rotation" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add rotation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"rotation-errors-{width}");

        await page.GetByLabel("Department or job").FillAsync("Portering");
        await FillDateAsync(page, "starts-on", firstDay);
        await FillDateAsync(page, "ends-on", firstDay.AddDays(76));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add rotation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The rotations have been saved");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"internship-{width}");

        foreach (var url in new[] { $"/coach/placements/{id}/rotations/1", $"/coach/placements/{id}/rotations/1/remove" })
        {
            await page.GotoAsync(url);
            await page.AssertNoAxeViolationsAsync();
        }

        await ShotAsync(page, $"remove-rotation-{width}");

        await page.GotoAsync($"/coach/placements/{id}/handover");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save handover" }).ClickAsync();
        await Assertions.Expect(page.Locator("#line-manager-name-error")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"handover-errors-{width}");

        await page.GotoAsync($"/coach/placements/{id}/outcome");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Assertions.Expect(page.Locator("#paid-job-offered-error")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"outcome-errors-{width}");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
        await page.GetByLabel("Hours a week of the job offered").FillAsync("30");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Approved", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "A paid job", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=next-step]")).ToHaveTextAsync("A paid job");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, $"placement-outcome-{width}");
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = true });
    }
}
