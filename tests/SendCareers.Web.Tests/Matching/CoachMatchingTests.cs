using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Matching;

/// <summary>
/// Issue 3 as a job coach meets it, on the demo hub in a real SQLite file: profiles scoped to the
/// coach's school, checked with plain messages, kept with their history; ranked and explained matches;
/// proposals with and without overriding the ranking; a group allocated at once.
/// </summary>
public sealed partial class CoachMatchingTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Coach_SeesOnlyTheirOwnSchoolsYoungPeople_AndOthersAreNotFound()
    {
        var coachSchool = await CoachSchoolAsync();
        var (mine, theirs) = await _app.WithDbAsync(async db => (
            await db.YoungPeople.Where(p => p.SchoolId == coachSchool).Select(p => p.Id).ToListAsync(),
            await db.YoungPeople.Where(p => p.SchoolId != coachSchool).Select(p => new { p.Id, p.PreferredName }).ToListAsync()));
        Assert.True(mine.Count >= 10);
        Assert.True(theirs.Count >= 30);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var list = await coach.GetAsync("/coach/young-people");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var linked = list.Document.QuerySelectorAll("a[href^='/coach/young-people/']")
            .Select(a => a.GetAttribute("href")!).Where(h => Regex.IsMatch(h, @"^/coach/young-people/\d+$")).ToHashSet();
        Assert.Equal(mine.Count, linked.Count);

        var other = theirs[0].Id;
        foreach (var url in new[] { $"/coach/young-people/{other}", $"/coach/young-people/{other}/edit", $"/coach/young-people/{other}/matches", $"/coach/young-people/{other}/history" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(url)).Status);
        }

        // Not even by posting: a proposal for someone else's young person is refused and nothing is stored.
        var anyOpening = await _app.WithDbAsync(db => db.Openings.Where(o => o.Status == OpeningStatus.Open).Select(o => o.Id).FirstAsync());
        var page = await coach.GetAsync($"/coach/young-people/{mine[0]}");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var post = await coach.PostAsync($"/coach/young-people/{other}/propose/{anyOpening}", [new("__RequestVerificationToken", token), new("OverrideReason", "trying")]);
        Assert.Contains(post.Status, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Equal(0, await _app.WithDbAsync(db => db.Placements.CountAsync(p => p.YoungPersonId == other && p.ProposedByUserId != null && p.OverrideReason == "trying")));

        // The opening page ranks only the coach's own caseload.
        var details = await coach.GetAsync($"/coach/openings/{anyOpening}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        var names = details.Document.QuerySelectorAll(".sc-match-list h3").Select(h => Regex.Replace(h.TextContent.Trim(), @"^\d+\.\s*", "")).ToList();
        var otherNames = theirs.Select(t => t.PreferredName).Except(await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.SchoolId == coachSchool).Select(p => p.PreferredName).ToListAsync())).ToHashSet();
        Assert.DoesNotContain(names, otherNames.Contains);

        // A hub administrator sees everyone.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/coach/young-people/{other}")).Status);

        // An employer cannot reach the coaching pages at all.
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        Assert.NotEqual(HttpStatusCode.OK, (await employer.GetAsync($"/coach/young-people/{mine[0]}")).Status);
    }

    [Fact]
    public async Task Profile_WithImpossibleAnswers_GetsPlainMessages_KeepsTyping_AndSavesNothing()
    {
        var before = await _app.WithDbAsync(db => db.YoungPeople.CountAsync());
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var nextYear = (DateTime.UtcNow.Year + 1).ToString(CultureInfo.InvariantCulture);
        var result = await coach.SubmitAsync("/coach/young-people/new", new Dictionary<string, object?>
        {
            ["Input.PreferredName"] = "Rosie",
            ["Input.DateOfBirth.Day"] = "3",
            ["Input.DateOfBirth.Month"] = "4",
            ["Input.DateOfBirth.Year"] = nextYear,
            ["Input.HasEhcp"] = "yes",
            ["Input.HomePostcode"] = "75001 Paris",
            ["Input.MaxHoursPerWeek"] = "-5",
            ["Input.MaxTravelKm"] = "lots",
            ["Input.ConsentToShareSummary"] = "yes",
        });
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Date of birth must be in the past", result.ErrorSummary);
        Assert.Contains("Enter a full UK postcode, like LS8 2QT, or leave it empty", result.ErrorSummary);
        Assert.Contains("Hours a week cannot be negative", result.ErrorSummary);
        Assert.Equal("Hours a week cannot be negative", result.FieldError("max-hours-per-week"));
        Assert.Contains(result.ErrorSummary, m => m.StartsWith("Furthest distance must be a whole number", StringComparison.Ordinal));
        Assert.Equal("75001 Paris", result.Document.GetElementById("home-postcode")?.GetAttribute("value"));
        Assert.Equal("Rosie", result.Document.GetElementById("preferred-name")?.GetAttribute("value"));

        var ancient = await coach.SubmitAsync("/coach/young-people/new", new Dictionary<string, object?>
        {
            ["Input.PreferredName"] = "Rosie",
            ["Input.DateOfBirth.Day"] = "3",
            ["Input.DateOfBirth.Month"] = "4",
            ["Input.DateOfBirth.Year"] = "1960",
            ["Input.HasEhcp"] = "yes",
            ["Input.ConsentToShareSummary"] = "no",
        });
        Assert.Contains(ancient.ErrorSummary, m => m.StartsWith("Date of birth must be for someone aged 11 to 25", StringComparison.Ordinal));

        var empty = await coach.SubmitAsync("/coach/young-people/new", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("Enter the name they like to be called", empty.ErrorSummary);
        Assert.Contains("Enter the date of birth", empty.ErrorSummary);
        Assert.Contains("Select yes if they have an education, health and care plan", empty.ErrorSummary);

        Assert.Equal(before, await _app.WithDbAsync(db => db.YoungPeople.CountAsync()));
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task BareProfile_IsSaved_AndStillGetsAnAnswerFromTheMatcher_AndChangesAreKept()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var saved = await coach.SubmitAsync("/coach/young-people/new", new Dictionary<string, object?>
        {
            ["Input.PreferredName"] = "Tomasz",
            ["Input.DateOfBirth.Day"] = "14",
            ["Input.DateOfBirth.Month"] = "2",
            ["Input.DateOfBirth.Year"] = (DateTime.UtcNow.Year - 17).ToString(CultureInfo.InvariantCulture),
            ["Input.HasEhcp"] = "yes",
            ["Input.SendGroup"] = "Group1",
            ["Input.ConsentToShareSummary"] = "no",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var id = int.Parse(Regex.Match(saved.Location!, @"/coach/young-people/(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

        var matches = await coach.GetAsync($"/coach/young-people/{id}/matches");
        Assert.Equal(HttpStatusCode.OK, matches.Status);
        Assert.Contains("Not enough information to judge travel", matches.Text, StringComparison.Ordinal);

        var changed = await coach.SubmitAsync($"/coach/young-people/{id}/edit", new Dictionary<string, object?>
        {
            ["Input.Interests"] = new[] { nameof(Sector.AnimalCare), nameof(Sector.Digital) },
            ["Input.HomePostcode"] = "ls8 2qt",
            ["Input.MaxTravelKm"] = "8",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        var person = await _app.WithDbAsync(db => db.YoungPeople.SingleAsync(p => p.Id == id));
        Assert.Equal(CareerSendGroup.Group1, person.SendGroup);
        Assert.Equal("LS8 2QT", person.HomePostcode);
        Assert.Equal("LS8", person.HomeOutwardCode);

        var history = await coach.GetAsync($"/coach/young-people/{id}/history");
        var rows = history.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var interests = rows.Last(r => r[2] == "Interests");
        Assert.Equal("Animal care, Digital and IT", interests[4]);
        Assert.False(string.IsNullOrEmpty(interests[1])); // who made the change
        Assert.Contains(rows, r => r[2] == "Home postcode" && r[4] == "LS8 2QT");

        // With a home area and an interest, travel and interests are now explained.
        var after = await coach.GetAsync($"/coach/young-people/{id}/matches");
        Assert.Contains("km away", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matches_AreRankedWithReasons_DifferBetweenYoungPeople_AndProposalsAreStored()
    {
        var coachSchool = await CoachSchoolAsync();
        var ids = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.SchoolId == coachSchool).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var tops = new HashSet<string>();
        foreach (var id in ids)
        {
            var page = await coach.GetAsync($"/coach/young-people/{id}/matches");
            var scores = page.Document.QuerySelectorAll(".sc-match-list .govuk-tag")
                .Select(t => int.Parse(Regex.Match(t.TextContent, @"(\d+) out of 100").Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(scores.OrderByDescending(s => s), scores);
            Assert.All(scores, s => Assert.InRange(s, 0, 100));
            if (scores.Count > 0)
            {
                tops.Add(page.Document.QuerySelector(".sc-match-list h2")!.TextContent.Trim()[3..]);
                Assert.NotEmpty(page.Document.QuerySelectorAll(".sc-match-list li.sc-card:first-child ul li"));
            }
        }

        Assert.True(tops.Count >= 3, $"rankings should differ between young people; top choices were: {string.Join(", ", tops)}");

        // Propose the top match for one young person: stored as proposed, with the reasons shown.
        // (The first with three placements that fit: hours far beyond a young person's maximum now leave
        // openings out, and encounters are listed apart, so it is no longer always the first in the caseload.)
        var who = -1;
        var links = new List<string>();
        var alreadyPlaced = await _app.WithDbAsync(db => db.Placements.Select(p => p.YoungPersonId).ToListAsync());
        foreach (var id in ids.Except(alreadyPlaced))
        {
            var matches = await coach.GetAsync($"/coach/young-people/{id}/matches");
            links = matches.Document.QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => a.GetAttribute("href")!).ToList();
            if (links.Count >= 3)
            {
                who = id;
                break;
            }
        }

        Assert.True(who > 0, "some demo young person should have at least three matches");
        var proposed = await coach.SubmitAsync(links[0], new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.Redirect, proposed.Status);
        var placement = await _app.WithDbAsync(db => db.Placements.Include(p => p.Transitions).SingleAsync(p => p.YoungPersonId == who));
        Assert.Equal(PlacementState.Proposed, placement.State);
        Assert.Null(placement.OverrideReason);
        Assert.False(string.IsNullOrWhiteSpace(placement.MatchReasons));
        Assert.Single(placement.Transitions);

        // Choosing a lower-ranked opening (on the ranking as it now stands) needs a reason.
        var fresh = (await coach.GetAsync($"/coach/young-people/{who}/matches")).Document
            .QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(fresh.Count >= 2);
        var second = fresh[1];
        var refused = await coach.SubmitAsync(second, new Dictionary<string, object?> { ["OverrideReason"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Enter why you are choosing this over the higher-ranked matches", refused.ErrorSummary);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Placements.CountAsync(p => p.YoungPersonId == who)));
        var overridden = await coach.SubmitAsync(second, new Dictionary<string, object?> { ["OverrideReason"] = "She met the manager at a visit and wants to go back" });
        Assert.Equal(HttpStatusCode.Redirect, overridden.Status);
        var stored = await _app.WithDbAsync(db => db.Placements.Where(p => p.YoungPersonId == who && p.OverrideReason != null).SingleAsync());
        Assert.Equal("She met the manager at a visit and wants to go back", stored.OverrideReason);
        Assert.Contains("over the ranking", await _app.WithDbAsync(db => db.PlacementTransitions.Where(t => t.PlacementId == stored.Id).Select(t => t.Reason).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cohort_IsAllocatedWithinTheCaseload_PinsAreKept_AndTickedPlacementsAreProposed()
    {
        var coachSchool = await CoachSchoolAsync();
        var mine = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.SchoolId == coachSchool).Select(p => p.PreferredName).ToListAsync());
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var start = await coach.GetAsync("/coach/cohort");
        var people = start.Document.QuerySelectorAll("input[name=People]").ToList();
        Assert.Equal(mine.Count, people.Count);

        // Nobody chosen: a clear message.
        var none = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?> { ["People"] = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Contains("Select at least one young person", none.ErrorSummary);

        // One kind of opening at a time: the first kind in which the demo places two or more of the group,
        // and the last placed has another opening of that kind they could be pinned to.
        FormClient.PageResult? result = null;
        var placed = new List<string>();
        string kind = "";
        int pinPerson = 0, given = 0, target = 0;
        foreach (var candidateKind in new[] { "WorkExperience", "ExtendedPlacement", "JobCarvedRole", "SupportedInternship", "Apprenticeship" })
        {
            kind = candidateKind;
            result = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?> { ["Kind"] = kind });
            Assert.Equal(HttpStatusCode.OK, result.Status);
            placed = result.Document.QuerySelectorAll("input[name=Propose]").Select(i => i.GetAttribute("value")!).ToList();
            if (placed.Count < 2)
            {
                continue;
            }

            // Pin the last-placed young person to a different opening they were not given.
            (pinPerson, given) = Split(placed[^1]);
            var openingChoices = result.Document.QuerySelectorAll("#pin-opening option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToList();
            var rankedForThem = (await coach.GetAsync($"/coach/young-people/{pinPerson}/matches")).Document
                .QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture)).ToList();
            target = rankedForThem.FirstOrDefault(o => o != given && openingChoices.Contains(o.ToString(CultureInfo.InvariantCulture)));
            if (target > 0)
            {
                break;
            }
        }

        Assert.True(target > 0, "some kind of opening should place two of the demo group with room to pin one elsewhere");
        var cards = result!.Document.QuerySelectorAll("li.sc-card h4").Select(h => h.TextContent.Split(':')[0].Trim()).ToList();
        Assert.All(cards, name => Assert.Contains(name, mine));
        Assert.Equal(cards.Count, cards.Distinct().Count()); // nobody gets two places

        var pinned = await coach.SubmitAsync("/coach/cohort", new Dictionary<string, object?>
        {
            ["Kind"] = kind,
            ["PinPerson"] = pinPerson.ToString(CultureInfo.InvariantCulture),
            ["PinOpening"] = target.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, pinned.Status);
        var pair = $"{pinPerson}:{target}";
        Assert.Contains(pair, pinned.Document.QuerySelectorAll("input[name=Propose]").Select(i => i.GetAttribute("value")));
        Assert.Contains(pair, pinned.Document.QuerySelectorAll("input[name=Pins][checked]").Select(i => i.GetAttribute("value")));

        // Propose just two of the allocations, as ticked on the page. (The demo data already holds
        // proposals of its own; only the new ones are counted.)
        var before = await _app.WithDbAsync(db => db.Placements.Select(p => p.Id).ToListAsync());
        var form = pinned.Document.Forms.Single(f => f.QuerySelector("input[name=Propose]") is not null);
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!) };
        values.AddRange(form.QuerySelectorAll("input[name=People][checked]").Select(i => new KeyValuePair<string, string>("People", i.GetAttribute("value")!)));
        values.AddRange(form.QuerySelectorAll("input[name=Pins][checked]").Select(i => new KeyValuePair<string, string>("Pins", i.GetAttribute("value")!)));
        values.AddRange(form.QuerySelectorAll("input[name=Kind][checked]").Select(i => new KeyValuePair<string, string>("Kind", i.GetAttribute("value")!)));
        // (The pair and one other from the allocation as it now stands: with one kind of opening at a time
        // the pin can move others, so the first allocation's pairs may have changed.)
        var shown = form.QuerySelectorAll("input[name=Propose]").Select(i => i.GetAttribute("value")!).ToList();
        var chosen = shown.Where(v => v == pair).Concat(shown.Where(v => v != pair).Take(1)).ToList();
        Assert.Equal(2, chosen.Count);
        values.AddRange(chosen.Select(v => new KeyValuePair<string, string>("Propose", v)));
        var done = await coach.PostAsync("/coach/cohort?handler=propose", values);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains($"{chosen.Count} placements were proposed", done.Text, StringComparison.Ordinal);

        var created = await _app.WithDbAsync(db => db.Placements.Where(p => p.State == PlacementState.Proposed && !before.Contains(p.Id))
            .Select(p => new { p.YoungPersonId, p.OpeningId, p.OverrideReason, p.MatchScore }).ToListAsync());
        Assert.Equal(chosen.Count, created.Count);
        Assert.Contains(created, c => c.YoungPersonId == pinPerson && c.OpeningId == target && c.OverrideReason == "Pinned by the coach in a group allocation");
        Assert.All(created, c => Assert.NotNull(c.MatchScore));
    }

    [Fact]
    public async Task MatchingWeights_ComeFromConfiguration_WithTheDocumentedDefaultsForTheRest()
    {
        await using var app = new SendCareersApp().WithoutDemoData().Set("Matching:Weights:Interest", "45").Set("Matching:Weights:Variety", "0");
        var weights = app.Services.GetRequiredService<SendCareers.Domain.Matching.MatchWeights>();
        Assert.Equal(45, weights.Interest);
        Assert.Equal(0, weights.Variety);
        Assert.Equal(20, weights.Support);
        Assert.Equal(SendCareers.Domain.Matching.MatchWeights.Default.Distance, weights.Distance);
    }

    private Task<int> CoachSchoolAsync() => _app.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.Email == "coach@sendcareers.test")).SchoolId!.Value);

    private static (int Person, int Opening) Split(string pair)
    {
        var parts = pair.Split(':');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
