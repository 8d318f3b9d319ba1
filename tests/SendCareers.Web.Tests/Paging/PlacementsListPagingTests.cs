using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Paging;

/// <summary>
/// The placements list at /coach/placements with more placements than fit on a page: nothing is cut silently,
/// every placement is reachable page by page, state, school and start date filters narrow it in SQL, bad dates
/// are named beside their field, and a job coach still sees only their own school's.
/// </summary>
public sealed class PlacementsListPagingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SendCareersApp _app = new SendCareersApp().WithClock(Today);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>
    /// 110 placements at Brookfield Lane starting a day apart from 1 January 2026 (odd ones completed, even ones
    /// confirmed), and 3 completed at Hollin Park.
    /// </summary>
    private async Task<int> SeedAsync() => await _app.WithDbAsync(async db =>
    {
        var brookfield = await db.Schools.SingleAsync(s => s.Name == "Brookfield Lane School");
        var hollin = await db.Schools.SingleAsync(s => s.Name == "Hollin Park Academy");
        var openingId = await db.Openings.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        for (var i = 1; i <= 113; i++)
        {
            var atHollin = i > 110;
            var person = new YoungPerson
            {
                SchoolId = atHollin ? hollin.Id : brookfield.Id,
                PreferredName = $"Placed {i:000}",
                LegalSurname = "Pager",
                DateOfBirth = new DateOnly(2009, 10, 1),
                CreatedAtUtc = Today.UtcDateTime,
                UpdatedAtUtc = Today.UtcDateTime,
            };
            var start = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc).AddDays(i - 1);
            db.Placements.Add(new Placement
            {
                YoungPerson = person,
                OpeningId = openingId,
                State = atHollin || i % 2 == 1 ? PlacementState.Completed : PlacementState.Confirmed,
                ProposedAtUtc = start.AddDays(-20),
                StartsAtUtc = start,
                EndsAtUtc = start.AddDays(5),
                Version = Guid.NewGuid(),
            });
        }

        await db.SaveChangesAsync();
        return hollin.Id;
    });

    [Fact]
    public async Task ManyPlacements_ArePagedNotCut_FilteredByStateSchoolAndDates_AndScopedToTheCoachsSchool()
    {
        var hollinId = await SeedAsync();
        var total = await _app.WithDbAsync(db => db.Placements.CountAsync(p => p.YoungPerson!.School!.Name == "Brookfield Lane School" && p.YoungPerson.ErasedAtUtc == null));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        // Every placement is on exactly one page, and the pages together hold them all.
        var first = await Ok(coach, "/coach/placements");
        Assert.Equal($"Showing 1 to 50 of {total} placements", Count(first));
        var seen = new List<string>();
        for (var page = 1; page <= (total + 49) / 50; page++)
        {
            seen.AddRange(Links(await Ok(coach, $"/coach/placements?page={page}")));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());

        // Completed, starting in February 2026: days 32 to 59, odd i only, so i = 33, 35, ..., 59.
        var february = await Ok(coach, $"/coach/placements?state=Completed&school={hollinId}&from=2026-02-01&to=2026-02-28");
        Assert.Equal("Showing 1 to 14 of 14 placements", Count(february));
        Assert.Equal("Completed (14)", february.Document.QuerySelector("h2#completed")!.TextContent.Trim());
        Assert.Null(february.Document.QuerySelector("h2#confirmed"));
        Assert.Equal("2026-02-01", february.Document.QuerySelector("#from")!.GetAttribute("value"));

        // The state heading counts the whole filtered list, not just this page.
        var confirmedPage2 = await Ok(coach, "/coach/placements?state=Confirmed&page=2");
        var confirmed = await _app.WithDbAsync(db => db.Placements.CountAsync(p => p.YoungPerson!.School!.Name == "Brookfield Lane School" && p.State == PlacementState.Confirmed));
        Assert.Equal($"Confirmed ({confirmed})", confirmedPage2.Document.QuerySelector("h2#confirmed")!.TextContent.Trim());
        Assert.True(confirmed > 50, $"{confirmed} confirmed");
        Assert.Equal($"Showing 51 to {confirmed} of {confirmed} placements", Count(confirmedPage2));
        Assert.Equal("/coach/placements?state=Confirmed", confirmedPage2.Document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));

        // A date that is not a date is named beside its field and left out; an unknown state is ignored.
        var bad = await Ok(coach, "/coach/placements?state=Nonsense&from=2026-02-30&to=31%2F12%2F2026");
        Assert.Contains("Enter a real date", bad.Document.QuerySelector("#from-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(bad.Document.QuerySelector("#to-error"));
        Assert.Equal($"Showing 1 to 50 of {total} placements", Count(bad));

        // A hub administrator narrows to Hollin Park's three.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var hollin = await Ok(admin, $"/coach/placements?school={hollinId.ToString(CultureInfo.InvariantCulture)}&state=Completed&from=2026-04-21&to=2026-04-23");
        Assert.Equal("Showing 1 to 3 of 3 placements", Count(hollin));
        Assert.Equal(["Placed 111 Pager", "Placed 112 Pager", "Placed 113 Pager"], hollin.Document.QuerySelectorAll("table a").Select(a => a.TextContent.Trim()));
    }

    private static string Count(FormClient.PageResult page) =>
        string.Join(' ', page.Document.QuerySelector("[data-testid=page-count]")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Links(FormClient.PageResult page) =>
        [.. page.Document.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!)];

    private static async Task<FormClient.PageResult> Ok(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
        return page;
    }
}
