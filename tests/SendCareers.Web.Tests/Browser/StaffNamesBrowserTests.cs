using Microsoft.Playwright;
using SendCareers.Web.Tests.Support;
using SendCareers.Web.Tests.YoungPeople;
using static SendCareers.Web.Tests.Encounters.EncounterWorld;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Two pupils called Alfie at one school, in Chromium at 320 and 1280 px with axe on each page: the job
/// coach's lists, pick lists and headings show "Alfie Brown" and "Alfie Green"; the employer sees "Alfie".
/// </summary>
public sealed class StaffNamesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new SendCareersApp().WithClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
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
    public async Task TwoAlfies_AreToldApart_OnTheCoachsPages(int width)
    {
        var alfies = await StaffNamesTests.SeedTwoAlfiesAsync(_app);
        using (var http = DayOneBrowserTests.HttpClientFor(_baseUrl))
        {
            await http.SignInAsync("coach@sendcareers.test");
            var booked = await http.SubmitAsync("/coach/encounters/new", Form(await EmployerIdAsync(_app), new DateOnly(2026, 11, 26), [alfies.Brown, alfies.Green]));
            Assert.True(booked.Status == System.Net.HttpStatusCode.Redirect, string.Join("; ", booked.ErrorSummary));
            var encounterId = IdFrom(booked);

            var coach = await browser.NewPageAsync(_baseUrl, width);
            await coach.SignInAsync("coach@sendcareers.test");
            foreach (var (url, name) in new[]
            {
                ("/coach/young-people", "young-people"),
                ("/coach/cohort", "cohort"),
                ("/coach/encounters/new", "encounter-new"),
                ($"/coach/encounters/{encounterId}", "encounter"),
                ("/coach/placements", "placements"),
                ($"/coach/openings/{alfies.OpeningId}", "opening"),
                ($"/coach/young-people/{alfies.Brown}", "profile"),
                ($"/coach/young-people/{alfies.Brown}/matches", "matches"),
                ($"/coach/placements/{alfies.GreenPlacement}", "placement"),
                ("/coach/evidence", "evidence"),
            })
            {
                await coach.GotoAsync(url);
                var main = await coach.Locator("main").InnerTextAsync();
                var both = name is "profile" or "matches" or "placement"
                    ? main.Contains("Alfie Brown", StringComparison.Ordinal) || main.Contains("Alfie Green", StringComparison.Ordinal)
                    : main.Contains("Alfie Brown", StringComparison.Ordinal) && main.Contains("Alfie Green", StringComparison.Ordinal);
                Assert.True(both, $"{url} does not tell the two Alfies apart");
                await coach.AssertNoAxeViolationsAsync();
                await coach.ScreenshotAsync($"staffnames-{name}-{width}");
            }
        }

        var employer = await browser.NewPageAsync(_baseUrl, width);
        await employer.SignInAsync("employer@sendcareers.test");
        await employer.GotoAsync($"/my-organisation/placements/{alfies.GreenPlacement}");
        await Assertions.Expect(employer.Locator("main")).ToContainTextAsync("Alfie");
        await Assertions.Expect(employer.Locator("main")).Not.ToContainTextAsync("Green");
        await employer.AssertNoAxeViolationsAsync();
        await employer.ScreenshotAsync($"staffnames-employer-placement-{width}");
    }
}
