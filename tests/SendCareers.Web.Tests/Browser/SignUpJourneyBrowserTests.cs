using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SendCareers.Web.Tests.Employers;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// The foundation journey in Chromium, as a new employer and a hub administrator would walk it, with
/// axe (WCAG 2.2 AA) on every page visited, at phone and desktop widths.
/// </summary>
public sealed class SignUpJourneyBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task Employer_SignsUpVerifiesIsApprovedAndListed(int width)
    {
        var organisation = $"Calder Bikes {width}";
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.GotoAsync("/");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/employers/sign-up");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"sign-up-start-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        // An empty page: the summary takes focus and each message sits by its field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#postcode-error")).ToContainTextAsync("Enter your workplace postcode");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"sign-up-organisation-errors-{width}");

        await page.GetByLabel("Organisation name").FillAsync(organisation);
        await page.GetByLabel("Workplace postcode").FillAsync("hd1 2qa");
        await page.GetByLabel("10 to 49 people").CheckAsync();
        await page.GetByLabel("Retail").CheckAsync();
        await page.GetByLabel("Engineering").CheckAsync();
        await Continue(page);

        await page.GetByLabel("Your full name").FillAsync("Sam Okafor");
        await page.GetByLabel("Work e-mail address").FillAsync($"sam{width}@calder-bikes.example");
        await Continue(page);

        await page.GetByLabel("Workplace visit").CheckAsync();
        await page.GetByLabel("Work experience placement").CheckAsync();
        await page.GetByLabel("How many hours a year could your organisation give?").FillAsync("40");
        await Continue(page);

        await page.GetByLabel("Wednesday").CheckAsync();
        await page.GetByLabel("Afternoons").CheckAsync();
        await page.GetByLabel("Up to 25 miles").CheckAsync();
        await Continue(page);

        await page.GetByLabel("Step-free access").CheckAsync();
        await page.GetByLabel("Level 2: Disability Confident Employer").CheckAsync();
        await Continue(page);

        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("I agree that the hub may contact me about encounters and placements").CheckAsync();
        await Continue(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before signing up");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("HD1 2QA");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"sign-up-check-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and sign up" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign-up received");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"sign-up-done-{width}");

        // The e-mail's link: confirm the address and choose a password.
        var mail = _app.PickedUpMail().Single(m => m.To.Mailboxes.Any(a => a.Address == $"sam{width}@calder-bikes.example"));
        await page.GotoAsync(SignUpDriver.VerifyPath(mail));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("bicycles up steep hills");
        await page.GetByLabel("Type the password again").FillAsync("bicycles up steep hills");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(organisation);
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"my-organisation-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change your details" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();

        // The hub administrator approves.
        var admin = await browser.NewPageAsync(_baseUrl, width);
        await admin.SignInAsync("admin@sendcareers.test");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Hub admin");
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"admin-home-{width}");
        await admin.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("waiting for approval$") }).First.ClickAsync();
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"admin-employers-{width}");
        await admin.GetByRole(AriaRole.Link, new() { Name = organisation }).ClickAsync();
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"admin-employer-{width}");

        // Declining without a reason is refused, with the message by the field.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#decline-reason-error")).ToContainTextAsync("Enter the reason for declining");
        await admin.AssertNoAxeViolationsAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Approve {organisation}" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("is approved");
        await admin.AssertNoAxeViolationsAsync();

        await admin.GotoAsync("/admin/sent-mail");
        await admin.AssertNoAxeViolationsAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = $"{organisation} has been approved" }).ClickAsync();
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"admin-sent-mail-message-{width}");

        // Listed publicly, with what it offers and not who signed it up.
        await page.GotoAsync("/our-employers");
        await Assertions.Expect(page.Locator(".sc-card", new() { HasText = organisation })).ToContainTextAsync("Workplace visit");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Sam Okafor");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"our-employers-{width}");
    }

    [Fact]
    public async Task Coach_AndEmployer_LandingPages_HaveNoAxeViolations()
    {
        var coach = await browser.NewPageAsync(_baseUrl, 320);
        await coach.SignInAsync("coach@sendcareers.test");
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync("Caseload");
        await coach.AssertNoAxeViolationsAsync();

        var employer = await browser.NewPageAsync(_baseUrl, 320);
        await employer.SignInAsync("employer@sendcareers.test");
        await employer.GotoAsync("/my-organisation/edit");
        await employer.GetByLabel("How many hours a year could your organisation give?").FillAsync("many");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(employer.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await employer.AssertNoAxeViolationsAsync();
        await employer.ScreenshotAsync("my-organisation-edit-errors-320");
    }

    private static async Task Continue(IPage page)
    {
        var heading = await page.Locator("h1").InnerTextAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).Not.ToHaveTextAsync(heading);
    }
}
