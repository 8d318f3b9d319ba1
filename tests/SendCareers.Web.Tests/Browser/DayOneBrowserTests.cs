using System.Net;
using Microsoft.Playwright;
using MimeKit;
using SendCareers.Web.Tests.Employers;
using SendCareers.Web.Tests.HubSetup;
using SendCareers.Web.Tests.Matching;
using SendCareers.Web.Tests.People;
using SendCareers.Web.Tests.Support;
using SendCareers.Web.Tests.YoungPeople;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Issue 16's day-one test in Chromium at 320 and 1280 px, axe on every page visited, in Production on an
/// empty database: the bootstrap administrator sets up the hub, two schools and two staff invitations
/// (accepted from the e-mails at the real SMTP server) and approves an employer; the job coach imports
/// 300 young people, opens one's matches and proposes a placement, and the employer is e-mailed. The
/// employer's own sign-up and opening go over HTTP here (their pages have browser tests of their own).
/// </summary>
public sealed class DayOneBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;
    private string _baseUrl = "";

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = FirstRunTests.EmptyProductionApp().WithSmtp(_smtp);
        _baseUrl = _app.StartKestrel();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task AnEmptyHub_GetsToAProposedPlacement_InTheBrowser(int width)
    {
        // The administrator: the checklist, hub settings, two schools.
        var admin = await browser.NewPageAsync(_baseUrl, width);
        await admin.SignInAsync(DayOneTests.AdminEmail, DayOneTests.AdminPassword);
        await admin.GotoAsync("/admin");
        await Assertions.Expect(admin.GetByTestId("first-run-checklist")).ToContainTextAsync("You have done 0 of 4 steps");
        await Check(admin, "dashboard-start");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Check your hub's details" }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Hub settings");
        await Check(admin, "hub-settings");
        await admin.GetByLabel("Hub name").FillAsync("West Riding SEND Careers Hub");
        await admin.GetByLabel("Contact e-mail address").FillAsync("careers.hub@westriding.example.org");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save hub settings" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("notice")).ToHaveTextAsync("The hub settings have been saved.");
        await Check(admin, "hub-settings-saved");

        foreach (var (name, postcode, kind) in new[] { ("Calder Valley Special School", "HX1 1AA", "Special school"), ("Wakefield College", "WF1 2DH", "Further education (FE) college") })
        {
            await admin.GotoAsync("/admin/schools/new");
            await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Add a school or college");
            await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await admin.GetByLabel(kind, new() { Exact = true }).CheckAsync();
            await admin.GetByLabel("Local authority").FillAsync("Calderdale");
            await admin.GetByLabel("Postcode").FillAsync(postcode);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Add school or college" }).ClickAsync();
            await Assertions.Expect(admin.GetByTestId("notice")).ToHaveTextAsync($"{name} has been added.");
        }

        await Check(admin, "schools");

        // Two invitations: a job coach for the first school, and a second administrator.
        foreach (var (name, email, role, school) in new[]
        {
            ("Ruth Coach", DayOneTests.CoachEmail, "Job coach", "Calder Valley Special School"),
            ("Sam Admin", DayOneTests.SecondAdminEmail, "Hub administrator", null),
        })
        {
            await admin.GotoAsync("/admin/accounts/invite");
            await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Invite a job coach or administrator");
            await Check(admin, "invite");
            await admin.GetByLabel("Full name").FillAsync(name);
            await admin.GetByLabel("E-mail address").FillAsync(email);
            await admin.GetByLabel(role, new() { Exact = true }).CheckAsync();
            if (school is not null)
            {
                await admin.GetByLabel("School or college (job coaches only)").SelectOptionAsync(new SelectOptionValue { Label = school });
            }

            await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
            await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Staff accounts");
            await Assertions.Expect(admin.GetByTestId($"invitation-{email}")).ToContainTextAsync("Waiting");
        }

        await Check(admin, "accounts-waiting");

        var coach = await AcceptAsync(DayOneTests.CoachEmail, width);
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync("Caseload");
        await Check(coach, "coach-home");
        var secondAdmin = await AcceptAsync(DayOneTests.SecondAdminEmail, width);
        await Assertions.Expect(secondAdmin.GetByTestId("first-run-checklist")).ToContainTextAsync("You have done 3 of 4 steps");
        await Check(secondAdmin, "second-admin-home");

        // An employer signs up and confirms its address (over HTTP); the administrator approves it here.
        using var employer = HttpClientFor(_baseUrl);
        Assert.Equal("/employers/sign-up/done", (await SignUpDriver.SignUpAsync(employer, SignUpDriver.ValidAnswers(DayOneTests.EmployerEmail))).Location);
        var verified = await employer.SubmitAsync(SignUpDriver.VerifyPath(await MailToAsync(DayOneTests.EmployerEmail)),
            new Dictionary<string, object?> { ["Input.Password"] = DayOneTests.Password, ["Input.ConfirmPassword"] = DayOneTests.Password });
        Assert.Equal(HttpStatusCode.Redirect, verified.Status);

        await admin.GotoAsync("/admin");
        await admin.GetByTestId("checklist-employer").GetByRole(AriaRole.Link).ClickAsync();
        await Check(admin, "employers-waiting");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Wharfedale Bakery", Exact = true }).ClickAsync();
        await Check(admin, "employer");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve Wharfedale Bakery" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("is approved");
        await Check(admin, "employer-approved");
        await admin.GotoAsync("/admin");
        await Assertions.Expect(admin.GetByTestId("first-run-checklist")).ToHaveCountAsync(0);
        await Check(admin, "dashboard-done");

        var opening = OpeningsTests.Valid();
        opening["Input.Title"] = "Helping in the bakery shop";
        var opened = await employer.SubmitAsync("/my-organisation/openings/new", opening);
        Assert.True(opened.Status == HttpStatusCode.Redirect, string.Join("; ", opened.ErrorSummary));

        // The coach imports the school's 300 pupils.
        await coach.GotoAsync("/coach/young-people");
        await Check(coach, "caseload-empty");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Import from your records system" }).ClickAsync();
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync("Import young people");
        await Check(coach, "import-upload");
        await coach.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "SIMS student list.csv", MimeType = "text/csv", Buffer = ImportWorld.School(300) });
        await coach.GetByRole(AriaRole.Button, new() { Name = "Upload and continue" }).ClickAsync();
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync("Choose the columns");
        await Assertions.Expect(coach.GetByLabel("Legal surname")).ToHaveValueAsync("Legal Surname");
        await Check(coach, "import-columns");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Continue to preview" }).ClickAsync();
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync("Check the import");
        await Assertions.Expect(coach.GetByTestId("counts")).ToContainTextAsync("300 new young people added");
        await Check(coach, "import-preview");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Confirm and save 300 young people" }).ClickAsync();
        await Assertions.Expect(coach.GetByTestId("result")).ToContainTextAsync("300 added, 0 updated");
        await Check(coach, "import-result");

        await coach.GotoAsync("/coach/young-people");
        await Assertions.Expect(coach.GetByTestId("page-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"Showing\s+1\s+to\s+50\s+of\s+300\s+young people"));
        await Check(coach, "caseload");

        // One young person's matches, and a proposal.
        var first = coach.Locator("tbody a[href^='/coach/young-people/']").First;
        var person = (await first.TextContentAsync())!.Trim();
        await coach.GetByRole(AriaRole.Link, new() { Name = $"Matches for {person}", Exact = true }).ClickAsync();
        await Assertions.Expect(coach.Locator("main")).ToContainTextAsync("Helping in the bakery shop");
        await Check(coach, "matches");
        await coach.Locator("a[href*='/propose/']", new() { HasText = "Helping in the bakery shop" }).ClickAsync();
        await Check(coach, "propose");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Propose placement" }).ClickAsync();
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync(person);
        await Assertions.Expect(coach.Locator("main")).ToContainTextAsync("Helping in the bakery shop");
        await Check(coach, "proposed");

        var waiting = await MailToAsync(DayOneTests.EmployerEmail, count: 3);
        Assert.Equal($"{person.Split(' ')[0]} from Calder Valley Special School for \"Helping in the bakery shop\": can you take them?", waiting.Subject);
    }

    private async Task Check(IPage page, string name)
    {
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"dayone-{name}-{page.ViewportSize!.Width}");
    }

    /// <summary>Follows the invitation e-mailed to this address in a browser of its own and chooses a password.</summary>
    private async Task<IPage> AcceptAsync(string email, int width)
    {
        var link = new Uri(InvitationTests.InvitationLink().Match((await MailToAsync(email)).TextBody!).Value).PathAndQuery;
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Accept your invitation");
        await Check(page, "accept");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DayOneTests.Password);
        await page.GetByLabel("Type the password again").FillAsync(DayOneTests.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my account" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return page;
    }

    private async Task<MimeMessage> MailToAsync(string email, int count = 1)
    {
        await DispatchAsync(_app);
        var arrived = await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)), count);
        return arrived[^1];
    }

    /// <summary>A form client that reaches the app over its real port, keeping cookies and not following redirects.</summary>
    internal static FormClient HttpClientFor(string baseUrl) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = new Uri(baseUrl) });
}
