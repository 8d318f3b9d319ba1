using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reports;

/// <summary>
/// Every evidence dashboard, report and form of issue 6 in Chromium with axe (WCAG 2.2 AA), empty and with
/// errors, at a phone's width and a desktop's. At 320 px nothing may widen the page: wide tables scroll
/// inside their own region. Screenshots go to /tmp/shots-reports for people to look at.
/// </summary>
public sealed class ReportsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string ShotFolder = "/tmp/shots-reports";
    private readonly SendCareersApp _app = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _baseUrl = _app.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static async Task CheckAsync(IPage page, string shot)
    {
        await page.AssertNoAxeViolationsAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the window");
        Directory.CreateDirectory(ShotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotFolder, shot + ".png"), FullPage = true });
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task CoachDashboards_AndForms_HaveNoAxeViolations(int width)
    {
        var person = await _app.WithDbAsync(async db =>
        {
            var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            return await db.YoungPeople.Where(p => p.SchoolId == school).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
        });
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");

        await page.GotoAsync("/coach/evidence");
        await CheckAsync(page, $"coach-evidence-{width}");
        await page.Locator("main a[href$='/matches']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/matches$"));

        await page.GotoAsync($"/coach/young-people/{person}/careers-record");
        await CheckAsync(page, $"careers-record-{width}");

        foreach (var (url, button, name) in new[] { ($"/coach/young-people/{person}/reviews/new", "Save review", "review"), ($"/coach/young-people/{person}/destinations/new", "Save destination", "destination") })
        {
            await page.GotoAsync(url);
            await page.AssertNoAxeViolationsAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
            await CheckAsync(page, $"{name}-errors-{width}");
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task AdminReports_AndSafeguardingPages_HaveNoAxeViolations(int width)
    {
        var (school, roundhay) = await _app.WithDbAsync(async db => (
            await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Employers.Where(e => e.OrganisationName == "Roundhay Hotel and Spa").Select(e => e.Id).SingleAsync()));
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("admin@sendcareers.test");

        foreach (var (url, shot) in new[]
        {
            ("/admin/reports", "admin-reports"),
            ($"/admin/reports?school={school}", "admin-reports-school"),
            ("/admin/reports/ndti", "ndti"),
            ("/admin/safeguarding", "safeguarding"),
            ("/admin/safeguarding/ExtendedPlacement", "safeguarding-activity"),
            ($"/admin/employers/{roundhay}/checks", "employer-checks"),
        })
        {
            await page.GotoAsync(url);
            await CheckAsync(page, $"{shot}-{width}");
        }

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Expired");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await CheckAsync(page, $"employer-checks-errors-{width}");
    }
}
