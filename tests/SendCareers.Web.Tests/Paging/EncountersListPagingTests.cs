using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Paging;

/// <summary>
/// The encounters list at /coach/encounters with more encounters than fit on a page: nothing is cut silently,
/// coming up comes first (soonest first) then past (latest first), filters narrow it in SQL, and a job coach
/// still sees only their own school's.
/// </summary>
public sealed class EncountersListPagingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SendCareersApp _app = new SendCareersApp().WithClock(Today);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>At Brookfield Lane: 60 "Pager" talks in 2030 (one a day from 1 January), 60 in 2015, 6 cancelled; 3 at Hollin Park in 2030.</summary>
    private async Task<int> SeedAsync() => await _app.WithDbAsync(async db =>
    {
        var brookfield = await db.Schools.SingleAsync(s => s.Name == "Brookfield Lane School");
        var hollin = await db.Schools.SingleAsync(s => s.Name == "Hollin Park Academy");
        var employerId = await db.Employers.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        void Add(int schoolId, string title, DateTime start, EncounterState state) => db.Encounters.Add(new Encounter
        {
            EmployerId = employerId,
            SchoolId = schoolId,
            Kind = OpeningKind.EncounterTalk,
            Title = title,
            StartsAtUtc = start,
            EndsAtUtc = start.AddHours(1),
            State = state,
            CreatedAtUtc = Today.UtcDateTime,
            Version = Guid.NewGuid(),
        });
        for (var i = 0; i < 60; i++)
        {
            Add(brookfield.Id, $"Pager future {i:00}", new DateTime(2030, 1, 1, 10, 0, 0, DateTimeKind.Utc).AddDays(i), EncounterState.Scheduled);
            Add(brookfield.Id, $"Pager past {i:00}", new DateTime(2015, 1, 1, 10, 0, 0, DateTimeKind.Utc).AddDays(i), EncounterState.Held);
        }

        for (var i = 0; i < 6; i++)
        {
            Add(brookfield.Id, $"Pager cancelled {i}", new DateTime(2030, 3, 1, 10, 0, 0, DateTimeKind.Utc).AddDays(i), EncounterState.Cancelled);
        }

        for (var i = 0; i < 3; i++)
        {
            Add(hollin.Id, $"Pager hollin {i}", new DateTime(2030, 1, 1, 10, 0, 0, DateTimeKind.Utc).AddDays(i), EncounterState.Scheduled);
        }

        await db.SaveChangesAsync();
        return hollin.Id;
    });

    [Fact]
    public async Task ManyEncounters_ArePagedNotCut_InOrder_Filtered_AndScopedToTheCoachsSchool()
    {
        var hollinId = await SeedAsync();
        var total = await _app.WithDbAsync(db => db.Encounters.CountAsync(e => e.School!.Name == "Brookfield Lane School"));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var seen = new List<string>();
        var links = new List<string>();
        for (var page = 1; page <= (total + 49) / 50; page++)
        {
            var listed = await Ok(coach, $"/coach/encounters?page={page}");
            Assert.Equal($"Showing {((page - 1) * 50) + 1} to {Math.Min(page * 50, total)} of {total} encounters", Count(listed));
            seen.AddRange(Titles(listed));
            links.AddRange(listed.Document.QuerySelectorAll("table a[href^='/coach/encounters/']").Select(a => a.GetAttribute("href")!));
        }

        Assert.Equal(total, links.Distinct().Count());
        Assert.Equal(total, seen.Count);
        Assert.DoesNotContain(seen, t => t.StartsWith("Pager hollin", StringComparison.Ordinal));
        var future = seen.Where(t => t.StartsWith("Pager future", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"Pager future {i:00}"), future); // soonest first
        var past = seen.Where(t => t.StartsWith("Pager past", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, 60).Reverse().Select(i => $"Pager past {i:00}"), past); // latest first
        Assert.True(seen.IndexOf("Pager future 59") < seen.IndexOf("Pager past 59"));

        // Past ones in January 2015; the caption counts all of them.
        var january = await Ok(coach, $"/coach/encounters?show=Past&from=2015-01-01&to=2015-01-31&school={hollinId}");
        Assert.Equal("Showing 1 to 31 of 31 encounters", Count(january));
        Assert.Equal("Past (31)", january.Document.QuerySelector("caption")!.TextContent.Trim());
        var cancelled = await Ok(coach, "/coach/encounters?show=cancelled");
        Assert.Equal(6, Titles(cancelled).Count(t => t.StartsWith("Pager cancelled", StringComparison.Ordinal)));
        var upcoming2 = await Ok(coach, "/coach/encounters?show=Upcoming&from=2030-01-01&to=2030-03-01&page=2");
        Assert.Equal("Showing 51 to 60 of 60 encounters", Count(upcoming2)); // the cancelled ones in March are not coming up
        Assert.Equal("/coach/encounters?show=Upcoming&from=2030-01-01&to=2030-03-01", upcoming2.Document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));

        // Nonsense is ignored or named, never an error.
        var bad = await Ok(coach, "/coach/encounters?show=2&from=yesterday&page=0");
        Assert.NotNull(bad.Document.QuerySelector("#from-error"));
        Assert.Equal($"Showing 1 to 50 of {total} encounters", Count(bad));

        // A hub administrator narrows to Hollin Park's three.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var hollin = await Ok(admin, $"/coach/encounters?school={hollinId}&from=2030-01-01&to=2030-01-03");
        Assert.Equal(["Pager hollin 0", "Pager hollin 1", "Pager hollin 2"], Titles(hollin));
    }

    private static string Count(FormClient.PageResult page) =>
        string.Join(' ', page.Document.QuerySelector("[data-testid=page-count]")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Titles(FormClient.PageResult page) =>
        [.. page.Document.QuerySelectorAll("table a[href^='/coach/encounters/']").Select(a => a.TextContent.Trim())];

    private static async Task<FormClient.PageResult> Ok(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
        return page;
    }
}
