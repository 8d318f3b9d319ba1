using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Dashboards;

/// <summary>
/// Each person's starting page says what is waiting for them, counted as the page it links to lists it,
/// and only what they may see: an employer's proposals to answer, a coach's placements to confirm (their
/// own school's), a hub administrator's sign-ups to review. Acting on an item takes it off the list.
/// </summary>
public sealed class NeedsYouTests : IAsyncLifetime
{
    private SendCareersApp _app = default!;

    public ValueTask InitializeAsync()
    {
        _app = new SendCareersApp().WithClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AProposal_WaitsOnTheEmployersPage_ThenTheAcceptedPlacement_WaitsOnlyOnItsCoachsPage()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        using var otherCoach = _app.CreateFormClient();
        await otherCoach.SignInAsync("coach.riverside@sendcareers.test");

        var proposalsBefore = await CountAsync(employer, "/my-organisation", "proposals");
        var toConfirmBefore = await CountAsync(coach, "/coach", "to-confirm");
        var otherBefore = await CountAsync(otherCoach, "/coach", "to-confirm");
        var placementId = await ProposeToTheDemoEmployerAsync(coach);

        var page = await employer.GetAsync("/my-organisation");
        Assert.Equal(proposalsBefore + 1, Count(page, "proposals"));
        var link = page.Document.QuerySelector("[data-testid=needs-you-proposals] a")!;
        Assert.Equal("/my-organisation/placements", link.GetAttribute("href"));
        Assert.Contains(proposalsBefore + 1 == 1 ? "proposal to answer" : "proposals to answer", link.TextContent, StringComparison.Ordinal);
        var employerId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync());
        Assert.Equal(await _app.WithDbAsync(db => db.Placements.CountAsync(p => p.State == PlacementState.Proposed && p.Opening!.EmployerId == employerId)), Count(page, "proposals"));

        var url = $"/my-organisation/placements/{placementId}";
        var accepted = await employer.SubmitAsync(url, new Dictionary<string, object?> { ["SupervisorName"] = "Sam Supervisor", ["SupervisorEmail"] = "sam@example.org" }, action: $"{url}?handler=Accept");
        Assert.True(accepted.Status == HttpStatusCode.Redirect, string.Join("; ", accepted.ErrorSummary));

        Assert.Equal(proposalsBefore, await CountAsync(employer, "/my-organisation", "proposals"));
        var coachPage = await coach.GetAsync("/coach");
        Assert.Equal(toConfirmBefore + 1, Count(coachPage, "to-confirm"));
        Assert.Equal("/coach/placements#agreed", coachPage.Document.QuerySelector("[data-testid=needs-you-to-confirm] a")!.GetAttribute("href"));
        var placements = await coach.GetAsync("/coach/placements");
        Assert.NotNull(placements.Document.GetElementById("agreed")); // the link's target exists
        Assert.Equal(otherBefore, await CountAsync(otherCoach, "/coach", "to-confirm")); // another school's coach is not asked
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task TheHubAdministrator_SeesSignUpsToReview_AsTheEmployerListCountsThem()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var waiting = await _app.WithDbAsync(db => db.Employers.CountAsync(e => e.Status == EmployerStatus.AwaitingApproval));
        Assert.True(waiting > 0, "the demo has sign-ups waiting");

        var page = await admin.GetAsync("/admin");
        Assert.Equal(waiting, Count(page, "sign-ups"));
        var href = page.Document.QuerySelector("[data-testid=needs-you-sign-ups] a")!.GetAttribute("href")!;
        var list = await admin.GetAsync(href);
        Assert.Equal(waiting, list.Document.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public async Task AYoungPersonWithNothingRecorded_IsCountedForTheirOwnCoachOnly_AndBlankTextCountsAsNothing()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        using var otherCoach = _app.CreateFormClient();
        await otherCoach.SignInAsync("coach.riverside@sendcareers.test");
        var before = await CountAsync(coach, "/coach", "profiles");
        var otherBefore = await CountAsync(otherCoach, "/coach", "profiles");

        // One of the coach's young people keeps only spaces in a text box and one interest; a second has nothing but spaces.
        var school = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId!.Value).SingleAsync());
        await _app.WithDbAsync(async db =>
        {
            var people = await db.YoungPeople.Where(p => p.SchoolId == school && p.ErasedAtUtc == null && p.LeftOn == null
                    && (p.Interests.Count > 0 || p.Strengths != null))
                .OrderBy(p => p.Id).Take(2).ToListAsync();
            foreach (var person in people)
            {
                person.Interests = [];
                person.WantsToTry = [];
                person.TaskInterests = null;
                person.Strengths = "   ";
                person.Aspirations = "";
            }

            people[0].Interests = [SendCareers.Domain.Vocabulary.Sector.Retail];
            await db.SaveChangesAsync();
        });

        Assert.Equal(before + 1, await CountAsync(coach, "/coach", "profiles"));
        Assert.Equal(otherBefore, await CountAsync(otherCoach, "/coach", "profiles"));
        var expected = (await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.SchoolId == school && p.ErasedAtUtc == null && p.LeftOn == null).ToListAsync()))
            .Count(p => p.Interests.Count == 0 && p.WantsToTry.Count == 0 && string.IsNullOrWhiteSpace(p.TaskInterests)
                && string.IsNullOrWhiteSpace(p.Strengths) && string.IsNullOrWhiteSpace(p.Aspirations));
        Assert.Equal(expected, await CountAsync(coach, "/coach", "profiles"));
    }

    [Fact]
    public async Task OnDayOne_NothingIsWaiting_AndThePageSaysSo()
    {
        await using var empty = HubSetup.FirstRunTests.EmptyProductionApp();
        using var admin = empty.CreateFormClient();
        await admin.SignInAsync("first.admin@hub.example.org", "a long first password");
        var page = await admin.GetAsync("/admin");
        Assert.Equal("Nothing is waiting for you.", page.Document.QuerySelector("[data-testid=needs-you-empty]")!.TextContent.Trim());
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid^=needs-you-] a"));
    }

    private static int Count(FormClient.PageResult page, string id) =>
        page.Document.QuerySelector($"[data-testid=needs-you-{id}-count]") is { } count ? int.Parse(count.TextContent, CultureInfo.InvariantCulture) : 0;

    private static async Task<int> CountAsync(FormClient client, string url, string id) => Count(await client.GetAsync(url), id);

    private async Task<int> ProposeToTheDemoEmployerAsync(FormClient coach)
    {
        var (employerId, people) = await _app.WithDbAsync(async db =>
        {
            var employer = await db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync();
            var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            var ids = await db.YoungPeople.Where(p => p.SchoolId == school && p.ErasedAtUtc == null).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            return (employer, ids);
        });
        var own = await _app.WithDbAsync(db => db.Openings.Where(o => o.EmployerId == employerId).Select(o => o.Id).ToListAsync());
        foreach (var person in people)
        {
            var matches = await coach.GetAsync($"/coach/young-people/{person}/matches");
            var link = matches.Document.QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => a.GetAttribute("href")!)
                .FirstOrDefault(h => own.Contains(int.Parse(h.Split('/')[^1], CultureInfo.InvariantCulture)));
            if (link is null)
            {
                continue;
            }

            var proposed = await coach.SubmitAsync(link, new Dictionary<string, object?> { ["OverrideReason"] = "The employer knows them" });
            Assert.True(proposed.Status == HttpStatusCode.Redirect, string.Join("; ", proposed.ErrorSummary));
            return await _app.WithDbAsync(db => db.Placements.Where(p => p.YoungPersonId == person && p.State == PlacementState.Proposed).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        }

        throw new InvalidOperationException("No young person at the coach's school has a match with the demo employer");
    }
}
