using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Matching;

/// <summary>
/// Issue 18's judgements, as a job coach trying the demo hub met them: Chloe (at most 10 hours a week)
/// offered a 30-hour apprenticeship as her top "good fit", Ellie (at most 5) placed in one by the group
/// allocation. Checked over every young person in the demo coach's caseload, not just those two.
/// </summary>
public sealed class DemoJudgementTests : IAsyncLifetime
{
    private const double Tolerance = 1.25;

    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Hours_ClearlyMoreThanAYoungPersonCanDo_AreLeftOutWithTheReason_OnTheMatchesAndTheCohortPages()
    {
        var school = await _app.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.Email == "coach@sendcareers.test")).SchoolId!.Value);
        var people = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.SchoolId == school).ToDictionaryAsync(p => p.Id, p => new { p.PreferredName, p.MaxHoursPerWeek }));
        var hours = await _app.WithDbAsync(db => db.Openings.ToDictionaryAsync(o => o.Id, o => o.HoursPerWeek));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var leftOutForHours = 0;
        foreach (var (id, person) in people)
        {
            var page = await coach.GetAsync($"/coach/young-people/{id}/matches");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            foreach (var card in page.Document.QuerySelectorAll(".sc-match-list > li"))
            {
                var opening = int.Parse(card.QuerySelector("a[href*='/propose/']")!.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture);
                Assert.False(
                    hours[opening] > (decimal)(person.MaxHoursPerWeek!.Value * Tolerance),
                    $"{person.PreferredName} (at most {person.MaxHoursPerWeek} hours) was offered opening {opening} at {hours[opening]} hours");
                var tag = card.QuerySelector(".govuk-tag")!.TextContent;
                if (hours[opening] > (decimal)person.MaxHoursPerWeek!.Value)
                {
                    Assert.Contains("more than", card.TextContent, StringComparison.Ordinal);
                    Assert.DoesNotContain("good fit", tag, StringComparison.Ordinal);
                    Assert.DoesNotContain("strong fit", tag, StringComparison.Ordinal);
                }
            }

            var leftOut = page.Document.QuerySelector(".govuk-details__text")?.TextContent ?? "";
            if (leftOut.Contains($"more than {person.PreferredName} can do", StringComparison.Ordinal))
            {
                leftOutForHours++;
            }
        }

        // The demo's Chloe and Ellie: their 30-hour apprenticeships are now left out, with the reason.
        Assert.True(leftOutForHours >= 2, "the demo caseload has young people who can do far fewer hours than its apprenticeships");
        var chloe = people.Single(p => p.Value.PreferredName == "Chloe");
        var chloesLeftOut = (await coach.GetAsync($"/coach/young-people/{chloe.Key}/matches")).Document.QuerySelector(".govuk-details__text")!.TextContent;
        Assert.Contains($"Needs 30 hours a week — more than Chloe can do: Chloe's maximum is {chloe.Value.MaxHoursPerWeek} hours a week", chloesLeftOut, StringComparison.Ordinal);

        // The group allocation never places anyone in one either.
        var result = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.OK, result.Status);
        var pairs = result.Document.QuerySelectorAll("input[name=Propose]").Select(i => i.GetAttribute("value")!.Split(':')).ToList();
        Assert.NotEmpty(pairs);
        foreach (var pair in pairs)
        {
            var person = people[int.Parse(pair[0], CultureInfo.InvariantCulture)];
            var opening = int.Parse(pair[1], CultureInfo.InvariantCulture);
            Assert.False(hours[opening] > (decimal)(person.MaxHoursPerWeek!.Value * Tolerance), $"{person.PreferredName} was placed in opening {opening} at {hours[opening]} hours");
        }
    }

    [Fact]
    public async Task ExpiredChecks_AreShownAsChecksNeeded_OnTheMatchesPage_TheProposePage_AndTheProposal()
    {
        // Roundhay Hotel and Spa's employer's liability insurance ran out last month in the demo.
        var roundhay = await _app.WithDbAsync(db => db.Openings
            .Where(o => o.Employer!.OrganisationName == "Roundhay Hotel and Spa" && o.Kind != Domain.Vocabulary.OpeningKind.EncounterTalk && o.Kind != Domain.Vocabulary.OpeningKind.EncounterMockInterviews)
            .Select(o => o.Id).ToListAsync());
        var everyone = await _app.WithDbAsync(db => db.YoungPeople.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        string? proposeLink = null;
        foreach (var id in everyone)
        {
            var page = await admin.GetAsync($"/coach/young-people/{id}/matches");
            foreach (var card in page.Document.QuerySelectorAll(".sc-match-list > li"))
            {
                var link = card.QuerySelector("a[href*='/propose/']")!.GetAttribute("href")!;
                if (!roundhay.Contains(int.Parse(link.Split('/')[^1], CultureInfo.InvariantCulture)))
                {
                    continue;
                }

                var notMet = card.QuerySelectorAll(".sc-reason--not-met").Select(li => li.TextContent.Trim()).ToList();
                Assert.Contains(notMet, r => r.Contains("Not met: Checks needed before this can be confirmed: employer's liability insurance expired on", StringComparison.Ordinal));
                var tag = card.QuerySelector(".govuk-tag")!.TextContent;
                Assert.DoesNotContain("good fit", tag, StringComparison.Ordinal);
                Assert.DoesNotContain("strong fit", tag, StringComparison.Ordinal);
                proposeLink ??= link;
            }
        }

        Assert.NotNull(proposeLink);

        // On the way to proposing, the coach is told what is missing; the proposal keeps it in its reasons.
        var propose = await admin.GetAsync(proposeLink);
        Assert.Equal(HttpStatusCode.OK, propose.Status);
        Assert.Contains("cannot be confirmed until a hub administrator records them: employer's liability insurance expired on", propose.Document.QuerySelector("[data-testid=checks-needed]")!.TextContent, StringComparison.Ordinal);
        var posted = await admin.SubmitAsync(proposeLink, new Dictionary<string, object?> { ["OverrideReason"] = "The family know the hotel well" });
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var parts = proposeLink.Split('/');
        var (person, opening) = (int.Parse(parts[3], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture));
        var reasons = await _app.WithDbAsync(db => db.Placements.Where(p => p.YoungPersonId == person && p.OpeningId == opening).Select(p => p.MatchReasons).SingleAsync());
        Assert.StartsWith("Checks needed before this can be confirmed: employer's liability insurance expired on", reasons, StringComparison.Ordinal);
    }
}
