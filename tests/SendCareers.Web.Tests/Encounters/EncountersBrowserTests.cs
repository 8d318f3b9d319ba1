using Microsoft.Playwright;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Encounters;

/// <summary>
/// The coach schedules an encounter and records attendance in Chromium, with axe-core (WCAG 2.2 AA) on
/// every page, empty and with errors, at a phone's width and a desktop's; then the Easy Read encounter
/// debrief and the employer's pages. Screenshots go to /tmp/shots-encounters for people to look at.
/// </summary>
public sealed class EncountersBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Shots = "/tmp/shots-encounters";
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
    public async Task CoachSchedulesAnEncounter_AndRecordsAttendance_WithNoAxeViolations(int width)
    {
        var group = await EncounterWorld.GroupAsync(_app);
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("coach@sendcareers.test");

        await page.GotoAsync("/coach/encounters");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "list", width);
        await page.GetByTestId("schedule").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Schedule an encounter");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule encounter" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#young-people-error")).ToContainTextAsync("Select at least one young person");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "new-errors", width);

        // Today, from midnight to one minute past: already over, so it is recorded as held, register first.
        var today = DateOnly.FromDateTime(UkTime.ToUk(DateTimeOffset.UtcNow).DateTime);
        await page.GetByLabel("Title").FillAsync("Mock interviews at the hospital");
        await page.GetByLabel("Mock interviews", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Employer", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kirkgate Community Hospital" });
        await page.Locator("input[name='Input.Date.Day']").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.Date.Month']").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("input[name='Input.Date.Year']").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync("00:00");
        await page.GetByLabel("End time").FillAsync("00:01");
        await page.GetByLabel("Where").FillAsync("Main reception, Kirkgate Community Hospital");
        await page.GetByLabel("Host's name").FillAsync("Hana Host");
        await page.GetByLabel("Host's e-mail address").FillAsync(EncounterWorld.HostEmail);
        foreach (var person in group)
        {
            await page.GetByLabel(person.Name, new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule encounter" }).ClickAsync();
        if (SendCareers.Domain.Calendar.StartDateWarnings.For(today).Count > 0)
        {
            // Today is a weekend or a bank holiday: the coach is asked to confirm the date, and does.
            await Assertions.Expect(page.Locator("#date-is-right-error")).ToContainTextAsync("Change the date, or select yes if it is right");
            await page.AssertNoAxeViolationsAsync();
            await ShotAsync(page, "new-date-warning", width);
            await page.GetByLabel("Yes, this date is right").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Schedule encounter" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByTestId("recorded-as-held")).ToContainTextAsync("recorded as held");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "recorded-as-held", width);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "attendance-errors", width);

        // The summary's first link lands on the first young person's first choice.
        await page.Locator(".govuk-error-summary a").First.ClickAsync();
        await Assertions.Expect(page.Locator("fieldset").First.Locator("input").First).ToBeFocusedAsync();
        var fieldsets = page.Locator("form fieldset");
        await fieldsets.Nth(0).GetByLabel("Attended").CheckAsync();
        await fieldsets.Nth(1).GetByLabel("Excused").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Attendance has been recorded");
        await Assertions.Expect(page.GetByTestId("register")).ToContainTextAsync("Excused");
        await page.AssertNoAxeViolationsAsync();

        var employer = await browser.NewPageAsync(_baseUrl, width);
        await employer.SignInAsync("employer@sendcareers.test");
        await employer.GotoAsync("/my-organisation/encounters");
        await employer.AssertNoAxeViolationsAsync();
        await ShotAsync(employer, "employer-list", width);
        await employer.GetByRole(AriaRole.Link, new() { Name = "Mock interviews at the hospital" }).First.ClickAsync();
        await Assertions.Expect(employer.GetByTestId("first-names")).ToContainTextAsync("2 young people");
        await employer.AssertNoAxeViolationsAsync();
        await ShotAsync(employer, "employer-details", width);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task EasyReadEncounterDebrief_HasNoAxeViolations(int width)
    {
        var (encounterId, personId) = await _app.WithDbAsync(async db =>
        {
            var encounter = db.Encounters.Where(e => e.State == EncounterState.Held).OrderBy(e => e.Id).Select(e => new { e.Id, Person = e.Attendees.Select(a => a.YoungPersonId).First() }).First();
            await Task.CompletedTask;
            return (encounter.Id, encounter.Person);
        });
        var token = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, TimeProvider.System).Issue(TokenPurpose.Debrief, $"encounter:{encounterId}:{(int)DebriefRespondent.YoungPerson}:{personId}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return issued;
        });
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.GotoAsync($"/debrief/{token}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("How was it");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("You went to");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "debrief-easy-read", width);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rating-error")).ToContainTextAsync("Please choose a face");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Good", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Thank you");
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task FamilyRepliesToTheDayBeforeReminder_WithNoAxeViolations(int width)
    {
        var (encounterId, personId) = await _app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var encounter = db.Encounters.Where(e => e.State == EncounterState.Scheduled && e.StartsAtUtc > now).OrderBy(e => e.Id)
                .Select(e => new { e.Id, Person = e.Attendees.Select(a => a.YoungPersonId).First() }).First();
            await Task.CompletedTask;
            return (encounter.Id, encounter.Person);
        });
        var token = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, TimeProvider.System).Issue(TokenPurpose.Attendance, $"encounter:{encounterId}:family-{personId}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return issued;
        });
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.GotoAsync($"/attendance/{token}?answer=no");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Can you make it?");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "I'll be there" })).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "reply-family", width);

        await page.Keyboard.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "I can't make it" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thank you");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("We have told the school or college");
        await page.AssertNoAxeViolationsAsync();
        await ShotAsync(page, "reply-family-done", width);
    }

    private static Task<byte[]> ShotAsync(IPage page, string name, int width) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{name}-{width}.png"), FullPage = true });
}
