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

    [Fact]
    public async Task Cohort_SharesOutOneKindAtATime_InTheChosenDates_WithFiguresACoachCanRead_AndNeverATalk()
    {
        var kinds = await _app.WithDbAsync(db => db.Openings.ToDictionaryAsync(o => o.Id, o => new { o.Kind, o.StartsOn }));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        // Work experience is chosen at first; everything placed is work experience, and the figures say how it went.
        var start = await coach.GetAsync("/coach/cohort");
        Assert.Equal("WorkExperience", start.Document.QuerySelector("input[name=Kind][checked]")!.GetAttribute("value"));
        Assert.DoesNotContain(start.Document.QuerySelectorAll("input[name=Kind]").Select(i => i.GetAttribute("value")), v => v!.StartsWith("Encounter", StringComparison.Ordinal));
        var result = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.OK, result.Status);
        var placed = result.Document.QuerySelectorAll("input[name=Propose]").Select(i => int.Parse(i.GetAttribute("value")!.Split(':')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(placed);
        Assert.All(placed, o => Assert.Equal(Domain.Vocabulary.OpeningKind.WorkExperience, kinds[o].Kind));
        var figures = result.Document.QuerySelector("[data-testid=cohort-figures]")!.TextContent;
        Assert.Matches(@"\d+ of \d+ got their first choice", figures);
        Assert.Matches(@"Average fit \d+ out of 100", figures);
        Assert.DoesNotContain("total fit", result.Text, StringComparison.OrdinalIgnoreCase);

        // The pin list names each opening once, with its employer and dates, all of the chosen kind.
        var options = result.Document.QuerySelectorAll("#pin-opening option").Where(o => o.GetAttribute("value")!.Length > 0).ToList();
        Assert.NotEmpty(options);
        Assert.Equal(options.Count, options.Select(o => o.TextContent).Distinct().Count());
        Assert.All(options, o => Assert.Contains(" — ", o.TextContent, StringComparison.Ordinal));
        Assert.All(options, o => Assert.Equal(Domain.Vocabulary.OpeningKind.WorkExperience, kinds[int.Parse(o.GetAttribute("value")!, CultureInfo.InvariantCulture)].Kind));

        // Apprenticeships only, starting in a window: nothing else is placed.
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        var windowed = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?>
        {
            ["Kind"] = "Apprenticeship",
            ["From.Day"] = from.Day.ToString(CultureInfo.InvariantCulture),
            ["From.Month"] = from.Month.ToString(CultureInfo.InvariantCulture),
            ["From.Year"] = from.Year.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, windowed.Status);
        Assert.All(
            windowed.Document.QuerySelectorAll("input[name=Propose]").Select(i => kinds[int.Parse(i.GetAttribute("value")!.Split(':')[1], CultureInfo.InvariantCulture)]),
            o => Assert.True(o.Kind == Domain.Vocabulary.OpeningKind.Apprenticeship && (o.StartsOn is null || o.StartsOn >= from)));

        // A talk cannot be chosen, even by posting it; nor can a window that ends before it starts.
        var talk = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?> { ["Kind"] = "EncounterTalk" });
        Assert.Equal(HttpStatusCode.BadRequest, talk.Status);
        Assert.Contains("Select the kind of opening to share out", talk.ErrorSummary);
        var backwards = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?>
        {
            ["From.Day"] = "1", ["From.Month"] = "6", ["From.Year"] = "2027",
            ["To.Day"] = "1", ["To.Month"] = "3", ["To.Year"] = "2027",
        });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.Status);
        Assert.Contains("Start date to must be the same as or after start date from", backwards.ErrorSummary);
        Assert.Equal("1", backwards.Document.QuerySelector("input[name='From.Day']")!.GetAttribute("value"));

        // And a talk is never proposed as a placement from a young person's matches either.
        var someone = int.Parse(result.Document.QuerySelectorAll("input[name=Propose]")[0].GetAttribute("value")!.Split(':')[0], CultureInfo.InvariantCulture);
        var aTalk = kinds.First(k => k.Value.Kind == Domain.Vocabulary.OpeningKind.EncounterTalk).Key;
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/young-people/{someone}/propose/{aTalk}")).Status);
        var matches = await coach.GetAsync($"/coach/young-people/{someone}/matches");
        Assert.All(
            matches.Document.QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => kinds[int.Parse(a.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture)].Kind),
            k => Assert.False(Domain.Vocabulary.OpeningKindExtensions.IsEncounter(k)));
    }

    [Fact]
    public async Task DemoProfiles_NeverContradictThemselves_AndTheSeederRefusesOneThatDoes()
    {
        var people = await _app.WithDbAsync(db => db.YoungPeople.AsNoTracking().ToListAsync());
        Assert.True(people.Count >= 40);
        var contradictions = people
            .SelectMany(p => Domain.Matching.ProfileContradictions.Find(Web.Data.Demo.WorkDemoSeeder.AsProfile(p), [p.Aspirations ?? ""]).Select(c => $"{p.PreferredName}: {c}"))
            .ToList();
        Assert.Empty(contradictions);

        // The profile the demo once had: wants animal care, is calm with animals, and must avoid animals.
        var contradictory = new Web.Data.Entities.YoungPerson
        {
            PreferredName = "Amara",
            Interests = [Domain.Vocabulary.Sector.AnimalCare],
            Strengths = "calm with animals, punctual",
            EnvironmentToAvoid = Domain.Vocabulary.EnvironmentFactor.Animals | Domain.Vocabulary.EnvironmentFactor.Noise,
        };
        var refused = Assert.Throws<InvalidOperationException>(() => Web.Data.Demo.WorkDemoSeeder.RefuseContradictions(contradictory));
        Assert.Contains("Wants animal care but must avoid animals", refused.Message, StringComparison.Ordinal);
        Assert.Contains("\"calm with animals\" but must avoid animals", refused.Message, StringComparison.Ordinal);
        Assert.Equal(
            Domain.Vocabulary.EnvironmentFactor.Noise,
            Domain.Matching.ProfileContradictions.WithoutContradictions(Web.Data.Demo.WorkDemoSeeder.AsProfile(contradictory)));
    }
}
