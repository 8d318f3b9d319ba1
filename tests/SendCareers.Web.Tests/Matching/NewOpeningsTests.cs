using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Matching;

/// <summary>
/// The talent pool matched again when openings appear: the coach's dashboard lists openings published in
/// the last 30 days, newest first, with the good fits from the coach's own caseload, the same people and
/// scores as the opening's own ranked list.
/// </summary>
public sealed partial class NewOpeningsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SendCareersApp _app = new SendCareersApp().WithClock(Now);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Dashboard_ListsNewOpeningsWithTheCoachsGoodFits_AndNothingOlderThan30Days()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        await _app.WithDbAsync(db => db.Openings.ExecuteUpdateAsync(s => s.SetProperty(o => o.CreatedAtUtc, Now.UtcDateTime.AddDays(-40))));

        var none = await coach.GetAsync("/coach");
        Assert.Equal("No openings have been published in the last 30 days.", none.Document.QuerySelector("[data-testid=no-new-openings]")!.TextContent.Trim());

        // Two openings published since: copies of the open opening the coach's caseload fits best.
        var best = await BestOpeningAsync(coach);
        var olderId = await PublishCopyAsync(best, "Hospital porter assistant", Now.AddDays(-3));
        var newerId = await PublishCopyAsync(best, "Ward housekeeping assistant", Now.AddHours(-5));

        var page = await coach.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var titles = page.Document.QuerySelectorAll("[data-testid=new-openings] h3 a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Ward housekeeping assistant", $"/coach/openings/{newerId}"), ("Hospital porter assistant", $"/coach/openings/{olderId}")], titles);
        Assert.Contains("Published 3 days ago.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Published 5 hours ago.", page.Text, StringComparison.Ordinal);

        var expected = await GoodFitsOnOpeningPageAsync(coach, newerId);
        Assert.NotEmpty(expected);
        var fits = page.Document.QuerySelector($"[data-testid=fits-{newerId}]")!.TextContent.Trim();
        Assert.StartsWith(expected.Count == 1 ? "Good fit: " : "Good fits: ", fits, StringComparison.Ordinal);
        var named = FitInText().Matches(fits).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(expected.Take(3), named);
        if (expected.Count > 3)
        {
            Assert.EndsWith($"{expected.Count - 3} more.", fits, StringComparison.Ordinal);
        }

        // Another school's coach sees the same openings, matched against their own caseload only.
        using var other = _app.CreateFormClient();
        await other.SignInAsync("coach.riverside@sendcareers.test");
        var theirs = await GoodFitsOnOpeningPageAsync(other, newerId);
        var theirPage = await other.GetAsync("/coach");
        var theirFits = theirPage.Document.QuerySelector($"[data-testid=fits-{newerId}]")!.TextContent.Trim();
        Assert.Equal(theirs.Take(3), FitInText().Matches(theirFits).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))));
        if (theirs.Count == 0)
        {
            Assert.Equal("Nobody in your caseload is a good fit yet.", theirFits);
        }
    }

    /// <summary>The good fits (called "good fit" or "strong fit": 50 or more with nothing not met) on the opening's own ranked list, best first.</summary>
    private static async Task<List<(string Name, int Score)>> GoodFitsOnOpeningPageAsync(FormClient coach, int openingId)
    {
        var page = await coach.GetAsync($"/coach/openings/{openingId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll(".sc-match-list > li")
            .Select(li => (
                Name: RankedName().Match(li.QuerySelector("h3")!.TextContent.Trim()).Groups[1].Value,
                Score: int.Parse(li.QuerySelector(".govuk-tag")!.TextContent.Split(' ')[0], CultureInfo.InvariantCulture),
                Words: li.QuerySelector(".govuk-tag")!.TextContent))
            .Where(m => m.Words.Contains("good fit", StringComparison.Ordinal) || m.Words.Contains("strong fit", StringComparison.Ordinal))
            .Select(m => (m.Name, m.Score))
            .ToList();
    }

    private async Task<int> BestOpeningAsync(FormClient coach)
    {
        var open = await _app.WithDbAsync(db => db.Openings.Where(o => o.Status == OpeningStatus.Open && o.Employer!.Status == EmployerStatus.Approved).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync());
        foreach (var id in open)
        {
            if ((await GoodFitsOnOpeningPageAsync(coach, id)).Count > 0)
            {
                return id;
            }
        }

        throw new InvalidOperationException("No demo opening has a good fit in the coach's caseload");
    }

    private Task<int> PublishCopyAsync(int openingId, string title, DateTimeOffset at) => _app.WithDbAsync(async db =>
    {
        var copy = await db.Openings.AsNoTracking().SingleAsync(o => o.Id == openingId);
        copy.Id = 0;
        copy.Title = title;
        copy.CreatedAtUtc = at.UtcDateTime;
        db.Openings.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    });

    [GeneratedRegex(@"^\d+\. (.+)$")]
    private static partial Regex RankedName();

    [GeneratedRegex(@"(?:: |, | and )([^,:()]+?) \((\d+)\)")]
    private static partial Regex FitInText();
}
