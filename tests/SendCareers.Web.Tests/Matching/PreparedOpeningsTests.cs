using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Matching;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Matching;

/// <summary>
/// Issue #18: the matches page ranks against openings prepared once, not read and prepared on every
/// request, yet a coach never sees a stale list: any save that changes an opening, a placement or an
/// employer is seen on the next request, on every instance sharing the database. The page shows the
/// best placements a page at a time instead of every ranked and excluded opening.
/// </summary>
public sealed partial class PreparedOpeningsTests
{
    [Fact]
    public async Task PreparedOpenings_AreReused_UntilAChange_ThenEveryInstanceShowsIt()
    {
        await using var first = new SendCareersApp();
        await using var second = new SendCareersApp();
        if (SharedPostgres.Selected)
        {
            var database = await (await SharedPostgres.GetAsync()).CreateDatabaseAsync();
            first.WithPostgres(database);
            second.WithPostgres(database);
        }
        else
        {
            second.Set("Data:Path", first.DataFolder);
        }

        using var coachOnFirst = first.CreateFormClient();
        await coachOnFirst.SignInAsync("coach@sendcareers.test");
        using var coachOnSecond = second.CreateFormClient();
        await coachOnSecond.SignInAsync("coach@sendcareers.test");
        var person = await CoachPersonAsync(first);
        var url = $"/coach/young-people/{person}/matches";

        var before = await Ok(coachOnFirst, url);
        var top = TopOpening(before);
        var builds = Builds(first);
        await Ok(coachOnFirst, url);
        await Ok(coachOnFirst, url);
        Assert.Equal(builds, Builds(first));

        // A save that changes nothing the matcher reads keeps the prepared openings.
        await first.WithDbAsync(async db =>
        {
            var young = await db.YoungPeople.FirstAsync(p => p.Id == person);
            young.CommunicationNotes = (young.CommunicationNotes ?? "") + " Likes mornings.";
            await db.SaveChangesAsync();
        });
        await Ok(coachOnFirst, url);
        Assert.Equal(builds, Builds(first));

        // Both instances have prepared their openings; a rename saved through the first is shown by both.
        await Ok(coachOnSecond, url);
        await first.WithDbAsync(async db =>
        {
            var opening = await db.Openings.FirstAsync(o => o.Id == top);
            opening.Title = "Renamed while prepared";
            await db.SaveChangesAsync();
        });
        Assert.Contains("Renamed while prepared", (await Ok(coachOnFirst, url)).Text, StringComparison.Ordinal);
        Assert.Contains("Renamed while prepared", (await Ok(coachOnSecond, url)).Text, StringComparison.Ordinal);
        Assert.Equal(builds + 1, Builds(first));

        // Closing it through the second instance takes it off the first instance's page.
        await second.WithDbAsync(async db =>
        {
            var opening = await db.Openings.FirstAsync(o => o.Id == top);
            opening.Status = OpeningStatus.Closed;
            await db.SaveChangesAsync();
        });
        Assert.Null((await Ok(coachOnFirst, url)).Document.QuerySelector($"a[href$='/propose/{top}']"));

        // A placement that fills the last place is seen at once as well: the opening moves to "left out".
        var page = await Ok(coachOnFirst, url);
        var other = TopOpening(page);
        var leftOut = LeftOut(page);
        await first.WithDbAsync(async db =>
        {
            var opening = await db.Openings.Include(o => o.Placements).FirstAsync(o => o.Id == other);
            var taken = opening.Placements.Count(p => MatchingData.Holding.Contains(p.State));
            var people = await db.YoungPeople.Where(p => p.Id != person).OrderBy(p => p.Id).Select(p => p.Id).Take(opening.Places - taken).ToListAsync();
            foreach (var id in people)
            {
                db.Placements.Add(new Placement { OpeningId = other, YoungPersonId = id, State = PlacementState.Agreed });
            }

            await db.SaveChangesAsync();
        });
        var full = await Ok(coachOnSecond, url);
        Assert.Null(full.Document.QuerySelector($"a[href$='/propose/{other}']"));
        Assert.Equal(leftOut + 1, LeftOut(full));
    }

    /// <summary>How many openings the page says were left out.</summary>
    private static int LeftOut(FormClient.PageResult page) =>
        int.Parse(LeftOutHeading().Match(page.Text).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task MatchesPage_ShowsTheBestPlacementsAPageAtATime_WithTheirRankAndTheCount()
    {
        await using var app = new SendCareersApp();
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var person = await CoachPersonAsync(app);
        var url = $"/coach/young-people/{person}/matches";
        var top = TopOpening(await Ok(coach, url));

        // Thirty more openings just like the best one: more placements fit than one page holds.
        await app.WithDbAsync(async db =>
        {
            var model = await db.Openings.AsNoTracking().FirstAsync(o => o.Id == top);
            for (var i = 1; i <= 30; i++)
            {
                model.Id = 0;
                model.Title = $"Copy {i} of the best fit";
                db.Openings.Add(model);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        });

        var first = await Ok(coach, url);
        var cards = first.Document.QuerySelectorAll(".sc-match-list > li");
        Assert.Equal(20, cards.Length);
        var count = Squash(first.Document.QuerySelector("[data-testid=page-count]")!.TextContent);
        var total = int.Parse(Regex.Match(count, @"^Showing 1 to 20 of (\d+) placements that fit$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 31, count);
        Assert.StartsWith("1. ", cards[0].QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(first.Document.QuerySelector("nav.govuk-pagination[aria-label='Placements that fit'] a[rel=next]"));

        var second = await Ok(coach, url + "?page=2");
        Assert.StartsWith("21. ", second.Document.QuerySelector(".sc-match-list > li h2")!.TextContent.Trim(), StringComparison.Ordinal);
        var shownOnBoth = first.Document.QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => a.GetAttribute("href")).Intersect(
            second.Document.QuerySelectorAll(".sc-match-list a[href*='/propose/']").Select(a => a.GetAttribute("href")));
        Assert.Empty(shownOnBoth);

        // Rubbish reads as the first page; past the end shows the last page.
        Assert.StartsWith("1. ", (await Ok(coach, url + "?page=abc")).Document.QuerySelector(".sc-match-list > li h2")!.TextContent.Trim(), StringComparison.Ordinal);
        var last = await Ok(coach, url + "?page=999");
        var lastPage = (total + 19) / 20;
        Assert.StartsWith($"{((lastPage - 1) * 20) + 1}. ", last.Document.QuerySelector(".sc-match-list > li h2")!.TextContent.Trim(), StringComparison.Ordinal);

        // The reasons for what was left out open on their own page of the list.
        var leftOut = await Ok(coach, url + "?left-out-page=1");
        Assert.NotNull(leftOut.Document.QuerySelector("details#left-out[open]"));
        Assert.Null(first.Document.QuerySelector("details#left-out[open]"));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static int Builds(SendCareersApp app) => app.Services.GetRequiredService<PreparedOpenings>().Builds;

    private static async Task<FormClient.PageResult> Ok(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    /// <summary>The best-ranked placement's opening id, from its "Propose" link.</summary>
    private static int TopOpening(FormClient.PageResult page) =>
        int.Parse(ProposeLink().Match(page.Document.QuerySelector(".sc-match-list a[href*='/propose/']")!.GetAttribute("href")!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Task<int> CoachPersonAsync(SendCareersApp app) => app.WithDbAsync(async db =>
    {
        var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).FirstAsync();
        return await db.YoungPeople.Where(p => p.SchoolId == school && p.Interests.Count > 0).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    });

    [GeneratedRegex(@"Left out \(([\d,]+)\)")]
    private static partial Regex LeftOutHeading();

    [GeneratedRegex(@"/propose/(\d+)$")]
    private static partial Regex ProposeLink();
}
