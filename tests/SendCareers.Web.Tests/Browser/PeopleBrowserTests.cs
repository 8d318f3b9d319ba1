using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.People;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// A hub administrator invites a job coach by keyboard, the invitation arrives at the real SMTP server,
/// the coach follows its link, chooses a password and lands on their caseload; the administrator then
/// moves the coach to another school and deactivates the account from the staff page. An employer
/// contact's colleagues page too. In Chromium at 320 and 1280 px, with axe on every page and state.
/// </summary>
public sealed class PeopleBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "walking up calder valley";
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;
    private string _baseUrl = "";

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp);
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
    public async Task Administrator_InvitesACoach_WhoAccepts_ThenMovesAndDeactivatesThem(int width)
    {
        var email = $"new.coach.{width}@example.org";
        var admin = await browser.NewPageAsync(_baseUrl, width);
        await admin.SignInAsync("admin@sendcareers.test");
        await admin.GotoAsync("/admin/accounts");
        await admin.AssertNoAxeViolationsAsync();

        // To the invitation form by keyboard; sent empty, the summary takes focus, each message by its field.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Invite a job coach or administrator" }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Invite a job coach or administrator");
        await admin.AssertNoAxeViolationsAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(admin.Locator("#email-error")).ToContainTextAsync("Enter their e-mail address");
        await Assertions.Expect(admin.Locator("#role-error")).ToContainTextAsync("Select what they will do");
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"people-invite-errors-{width}");

        await admin.GetByLabel("Full name").FillAsync("Ruth Newcoach");
        await admin.GetByLabel("E-mail address").FillAsync(email);
        await admin.GetByLabel("Job coach", new() { Exact = true }).CheckAsync();
        var school = await _app.WithDbAsync(db => db.Schools.OrderBy(s => s.Id).Skip(1).FirstAsync());
        await admin.GetByLabel("School or college (job coaches only)").SelectOptionAsync(new SelectOptionValue { Label = school.Name });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Staff accounts");
        await Assertions.Expect(admin.GetByTestId($"invitation-{email}")).ToContainTextAsync("Waiting");
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"people-accounts-waiting-{width}");

        // The e-mail, from the SMTP server; its link in a browser of their own.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchDueAsync(CancellationToken.None);
        }

        var mail = (await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == email))).Single();
        var link = new Uri(InvitationTests.InvitationLink().Match(mail.TextBody!).Value).PathAndQuery;
        var coach = await browser.NewPageAsync(_baseUrl, width);
        await coach.GotoAsync(link);
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync("Accept your invitation");
        await Assertions.Expect(coach.Locator("main")).ToContainTextAsync($"Job coach, {school.Name}");
        await coach.AssertNoAxeViolationsAsync();
        await coach.ScreenshotAsync($"people-accept-{width}");

        await coach.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await coach.GetByLabel("Type the password again").FillAsync("something else entirely");
        await coach.Keyboard.PressAsync("Enter");
        await Assertions.Expect(coach.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await coach.AssertNoAxeViolationsAsync();
        await coach.ScreenshotAsync($"people-accept-errors-{width}");

        await coach.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await coach.GetByLabel("Type the password again").FillAsync(Password);
        await coach.Keyboard.PressAsync("Enter");
        await Assertions.Expect(coach.Locator("h1")).ToHaveTextAsync("Caseload");
        await coach.AssertNoAxeViolationsAsync();

        // The link, again: a clear page, no form.
        var again = await browser.NewPageAsync(_baseUrl, width);
        await again.GotoAsync(link);
        await Assertions.Expect(again.Locator("h1")).ToHaveTextAsync("This invitation link has stopped working");
        await Assertions.Expect(again.Locator("input[type=password]")).ToHaveCountAsync(0);
        await again.AssertNoAxeViolationsAsync();
        await again.ScreenshotAsync($"people-link-stopped-{width}");

        // The staff page, by keyboard from the list.
        await admin.GotoAsync("/admin/accounts");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Ruth Newcoach", Exact = true }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Ruth Newcoach");
        await Assertions.Expect(admin.GetByTestId("school")).ToHaveTextAsync(school.Name);
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"people-staff-page-{width}");

        // Change school, sent without a choice first.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Change school" }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(admin.Locator("#school-id-error")).ToContainTextAsync("Choose the school or college to move them to");
        await admin.AssertNoAxeViolationsAsync();
        var to = await _app.WithDbAsync(db => db.Schools.OrderBy(s => s.Id).FirstAsync());
        await admin.GetByLabel("Move to another school or college").SelectOptionAsync(new SelectOptionValue { Label = to.Name });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Change school" }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.GetByTestId("notice")).ToContainTextAsync($"now works for {to.Name}");
        await Assertions.Expect(admin.GetByTestId("history")).ToContainTextAsync($"moved from {school.Name} to {to.Name}");
        await admin.AssertNoAxeViolationsAsync();

        // Deactivate: they are signed out at once.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate the account of Ruth Newcoach" }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Assertions.Expect(admin.GetByTestId("status")).ToContainTextAsync("Deactivated");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Reactivate the account of Ruth Newcoach" })).ToBeVisibleAsync();
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"people-staff-deactivated-{width}");

        await coach.GotoAsync("/coach");
        await Assertions.Expect(coach).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task EmployerContact_InvitesAColleague_AndTheHubSeesTheContacts(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("employer@sendcareers.test");
        await page.GotoAsync("/my-organisation/colleagues");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("E-mail address").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"people-colleagues-errors-{width}");

        await page.GetByLabel("Full name").FillAsync("Col League");
        await page.GetByLabel("E-mail address").FillAsync($"colleague.{width}@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId($"invitation-colleague.{width}@example.org")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"people-colleagues-{width}");

        var employerId = await _app.WithDbAsync(db => db.Employers.Where(e => e.ContactEmail == "employer@sendcareers.test").Select(e => e.Id).SingleAsync());
        var admin = await browser.NewPageAsync(_baseUrl, width);
        await admin.SignInAsync("admin@sendcareers.test");
        await admin.GotoAsync($"/admin/employers/{employerId}/contacts");
        await Assertions.Expect(admin.GetByTestId($"invitation-colleague.{width}@example.org")).ToBeVisibleAsync();
        await admin.AssertNoAxeViolationsAsync();
        await admin.ScreenshotAsync($"people-admin-contacts-{width}");
    }
}
