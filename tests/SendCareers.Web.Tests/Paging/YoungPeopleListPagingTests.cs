using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Paging;

/// <summary>
/// The young people list at /coach/young-people with more people than fit on a page: it shows 50 at a time
/// with the count, filters narrow it in SQL and stay in the page links, nonsense in the address is ignored,
/// and a job coach still sees only their own school's young people.
/// </summary>
public sealed class YoungPeopleListPagingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SendCareersApp _app = new SendCareersApp().WithClock(Today);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>120 "Pager" pupils at Brookfield Lane (every third in Y10, every other with an EHCP, every fourth with interests), 5 at Hollin Park.</summary>
    private async Task<int> SeedAsync() => await _app.WithDbAsync(async db =>
    {
        var brookfield = await db.Schools.SingleAsync(s => s.Name == "Brookfield Lane School");
        var hollin = await db.Schools.SingleAsync(s => s.Name == "Hollin Park Academy");
        for (var i = 1; i <= 125; i++)
        {
            var atHollin = i > 120;
            db.YoungPeople.Add(new YoungPerson
            {
                SchoolId = atHollin ? hollin.Id : brookfield.Id,
                PreferredName = $"Pager {i:000}",
                LegalSurname = atHollin ? "Hollin" : "Brook",
                DateOfBirth = i % 3 == 0 ? new DateOnly(2011, 10, 1) : new DateOnly(2009, 10, 1), // Y10 or Y12 in 2026/27
                HasEhcp = i % 2 == 0,
                Interests = i % 4 == 0 ? [Sector.Retail] : [],
                CreatedAtUtc = Today.UtcDateTime,
                UpdatedAtUtc = Today.UtcDateTime,
            });
        }

        await db.SaveChangesAsync();
        return hollin.Id;
    });

    [Fact]
    public async Task ManyYoungPeople_ArePagedWithCounts_FilteredInTheAddress_AndScopedToTheCoachsSchool()
    {
        var hollinId = await SeedAsync();
        var caseload = await _app.WithDbAsync(db => db.YoungPeople.CountAsync(p => p.School!.Name == "Brookfield Lane School" && p.ErasedAtUtc == null && p.LeftOn == null));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var first = await Ok(coach, "/coach/young-people");
        Assert.Equal($"Showing 1 to 50 of {caseload:N0} young people", Count(first));
        Assert.Equal(50, Rows(first).Count);
        Assert.Equal("/coach/young-people?page=2", first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        // Only the coach's school: Hollin Park's five never show, even asked for by school.
        var pagers = await Ok(coach, $"/coach/young-people?name=pager&school={hollinId}&page=3");
        Assert.Equal("Showing 101 to 120 of 120 young people", Count(pagers));
        Assert.Equal(20, Rows(pagers).Count);
        Assert.All(Rows(pagers), r => Assert.StartsWith("Pager ", r, StringComparison.Ordinal));
        Assert.Equal($"/coach/young-people?name=pager&school={hollinId}&page=2", pagers.Document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(pagers.Document.QuerySelector("a[rel=next]"));
        Assert.Equal("Pager 101 Brook", Rows(pagers)[0]);

        // Year group, EHCP and profile narrow in combination: i divisible by 3 (Y10), 2 (EHCP) and 4 (interests) = multiples of 12.
        var narrowed = await Ok(coach, "/coach/young-people?name=Pager&year=10&ehcp=yes&profile=yes");
        Assert.Equal("Showing 1 to 10 of 10 young people", Count(narrowed));
        Assert.Equal(Enumerable.Range(1, 10).Select(k => $"Pager {k * 12:000} Brook"), Rows(narrowed));
        var noProfile = await Ok(coach, "/coach/young-people?name=Pager&year=12&ehcp=no");
        Assert.Equal("Showing 1 to 40 of 40 young people", Count(noProfile)); // odd and not a multiple of 3: 60 - 20

        // Nonsense in the address is ignored, never an error; a page past the end shows the last one.
        var nonsense = await Ok(coach, "/coach/young-people?name=Pager&year=99&ehcp=maybe&profile=%00&school=x&page=-4");
        Assert.Equal("Showing 1 to 50 of 120 young people", Count(nonsense));
        var pastTheEnd = await Ok(coach, "/coach/young-people?name=Pager&page=999999");
        Assert.Equal("Showing 101 to 120 of 120 young people", Count(pastTheEnd));
        var nobody = await Ok(coach, "/coach/young-people?name=nobody-is-called-this");
        Assert.Contains("Nobody on your caseload matches these filters.", nobody.Text, StringComparison.Ordinal);

        // A hub administrator sees every school's and can narrow by school.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Equal("Showing 1 to 50 of 125 young people", Count(await Ok(admin, "/coach/young-people?name=pager")));
        var hollin = await Ok(admin, $"/coach/young-people?name=pager&school={hollinId}");
        Assert.Equal("Showing 1 to 5 of 5 young people", Count(hollin));
        Assert.Equal(hollinId.ToString(System.Globalization.CultureInfo.InvariantCulture), hollin.Document.QuerySelector("#school option[selected]")!.GetAttribute("value"));
    }

    private static string Count(FormClient.PageResult page) =>
        string.Join(' ', page.Document.QuerySelector("[data-testid=page-count]")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Rows(FormClient.PageResult page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=young-people] tbody tr td:first-child").Select(td => td.TextContent.Trim())];

    private static async Task<FormClient.PageResult> Ok(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
        return page;
    }
}
