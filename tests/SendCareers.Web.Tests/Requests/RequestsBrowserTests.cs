using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Requests;

/// <summary>
/// In Chromium, with axe-core (WCAG 2.2 AA) at a phone's width and a desktop's: the coach's request form,
/// empty with errors and then posted; the employer's "I can do it" and "Not this time" pages reached by
/// the e-mailed link; and the employer's impact page and thank-you summary. Screenshots go to
/// /work/notes/shots-requests for people to look at.
/// </summary>
public sealed class RequestsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Shots = "/work/notes/shots-requests";
    private readonly SendCareersApp _app = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _baseUrl = _app.StartKestrel();
        Directory.CreateDirectory(Shots);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task CoachAsks_EmployerAnswers_EmployerSeesImpact_WithNoAxeViolations(int width)
    {
        var today = DateOnly.FromDateTime(UkTime.ToUk(DateTimeOffset.UtcNow).DateTime);
        await RequestWorld.SeedAsync(_app, insuredUntil: today.AddYears(1));
        var group = await RequestWorld.GroupAsync(_app);
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");

        await page.GotoAsync("/coach/requests");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByTestId("new-request").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ask employers for an encounter");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask employers" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#title-error")).ToContainTextAsync("Enter what you are asking for");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "request-errors", width);

        var first = today.AddDays(7);
        var last = today.AddDays(35);
        await page.GetByLabel("What are you asking for?").FillAsync("Working in construction");
        await page.GetByLabel("Talk", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Construction", new() { Exact = true }).CheckAsync();
        await page.Locator("input[name='Input.FirstDay.Day']").FillAsync(first.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.FirstDay.Month']").FillAsync(first.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.FirstDay.Year']").FillAsync(first.Year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.LastDay.Day']").FillAsync(last.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.LastDay.Month']").FillAsync(last.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.LastDay.Year']").FillAsync(last.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync("10am");
        await page.GetByLabel("End time").FillAsync("11:30am");
        await page.GetByLabel("At the school or college").CheckAsync();
        foreach (var id in group)
        {
            await page.Locator($"input[name='Input.YoungPeople'][value='{id}']").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Ask employers" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("request-state")).ToHaveTextAsync("Waiting for an employer");
        await Assertions.Expect(page.GetByTestId("invitation").First).ToContainTextAsync("Bright Builders");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "request-details", width);

        // The employer follows the e-mailed link: no sign-in.
        var token = await _app.WithDbAsync(async db =>
        {
            var invitation = await db.RequestInvitations.Where(i => i.State == InvitationState.Invited).OrderBy(i => i.Rank).FirstAsync();
            var issued = new TokenService(db, TimeProvider.System).Issue(TokenPurpose.RequestAnswer, invitation.Id.ToString(CultureInfo.InvariantCulture), TimeSpan.FromDays(1));
            await db.SaveChangesAsync();
            return issued;
        });
        var employer = await browser.NewPageAsync(_baseUrl, width);
        await employer.GotoAsync($"/requests/answer/{token}");
        await Assertions.Expect(employer.Locator("h1")).ToHaveTextAsync("I can do it");
        await employer.AssertNoAxeViolationsAsync();
        await ShotAsync(employer, "answer-yes", width);
        await employer.GetByRole(AriaRole.Button, new() { Name = "Yes, we will do it" }).ClickAsync();
        await Assertions.Expect(employer.Locator("#host-name-error")).ToContainTextAsync("Enter the name of the person who will host it");
        await employer.AssertNoAxeViolationsAsync();
        await ShotAsync(employer, "answer-yes-errors", width);
        await employer.GetByRole(AriaRole.Link, new() { Name = "Not this time" }).ClickAsync();
        await Assertions.Expect(employer.Locator("h1")).ToHaveTextAsync("Not this time");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(employer.Locator("#reason-error")).ToContainTextAsync("Select why you cannot do it this time");
        await employer.AssertNoAxeViolationsAsync();
        await ShotAsync(employer, "answer-no-errors", width);
        await employer.GetByLabel("The dates do not suit us").CheckAsync();
        await employer.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(employer.GetByTestId("answered")).ToHaveTextAsync("Thank you for your answer");
        await employer.AssertNoAxeViolationsAsync();

        // The demo employer's own year, and its thank-you summary.
        var contact = await browser.NewPageAsync(_baseUrl, width);
        await contact.SignInAsync("employer@sendcareers.test");
        await contact.GotoAsync("/my-organisation/impact");
        await Assertions.Expect(contact.Locator("h1")).ToHaveTextAsync("What your hours did");
        await contact.AssertNoAxeViolationsAsync();
        await ShotAsync(contact, "impact", width);
        await contact.GetByRole(AriaRole.Button, new() { Name = "Your thank-you summary" }).ClickAsync();
        await Assertions.Expect(contact.GetByTestId("thank-you")).ToContainTextAsync("gave");
        await contact.AssertNoAxeViolationsAsync();
        await ShotAsync(contact, "thank-you", width);
        await contact.EmulateMediaAsync(new() { Media = Media.Print });
        await ShotAsync(contact, "thank-you-print", width);
        await contact.GotoAsync("/my-organisation/requests");
        await contact.AssertNoAxeViolationsAsync();
    }

    private static Task<byte[]> ShotAsync(IPage page, string name, int width) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{name}-{width}.png"), FullPage = true });
}
