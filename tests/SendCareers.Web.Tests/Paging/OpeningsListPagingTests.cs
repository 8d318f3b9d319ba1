using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Security;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Paging.ListPages;

namespace SendCareers.Web.Tests.Paging;

/// <summary>
/// The openings list at /coach/openings with more openings than fit on a page: 50 at a time with the count,
/// status, kind, sector and name filters narrowing it in SQL and kept in the page links, nonsense ignored, and a
/// job coach still never seeing the openings of an employer the hub has not approved.
/// </summary>
public sealed class OpeningsListPagingTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>
    /// 120 "Paged opening" openings at Aire Valley Logistics (even ones open, others draft; every third a supported
    /// internship; every fourth in retail) and 5 at Moorside Garden Centre, which is not approved.
    /// </summary>
    private async Task SeedAsync()
    {
        var now = _app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await _app.WithDbAsync(async db =>
        {
            var aire = await db.Employers.SingleAsync(e => e.OrganisationName == "Aire Valley Logistics");
            var moorside = await db.Employers.SingleAsync(e => e.OrganisationName == "Moorside Garden Centre");
            for (var i = 1; i <= 125; i++)
            {
                var opening = ScopeWorld.NewOpening(i > 120 ? moorside : aire, $"Paged opening {i:000}", now);
                opening.Status = i % 2 == 0 ? OpeningStatus.Open : OpeningStatus.Draft;
                opening.Kind = i % 3 == 0 ? OpeningKind.SupportedInternship : OpeningKind.WorkExperience;
                opening.Sector = i % 4 == 0 ? Sector.Retail : Sector.Gardening;
                db.Openings.Add(opening);
            }

            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task ManyOpenings_ArePagedWithCounts_FilteredInTheAddress_AndScopedToApprovedEmployers()
    {
        await SeedAsync();
        var visible = await _app.WithDbAsync(db => db.Openings.CountAsync(o => o.Employer!.Status == EmployerStatus.Approved));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var first = await Ok(coach, "/coach/openings");
        Assert.Equal($"Showing 1 to 50 of {visible} openings", Count(first));
        Assert.Equal(50, FirstCells(first, "openings").Count);
        Assert.Equal("/coach/openings?page=2", first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        // Every paged opening is on exactly one page, in status, employer and title order.
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            seen.AddRange(FirstCells(await Ok(coach, $"/coach/openings?name=paged+OPENING&page={page}"), "openings"));
        }

        var drafts = Enumerable.Range(1, 120).Where(i => i % 2 == 1);
        var open = Enumerable.Range(1, 120).Where(i => i % 2 == 0);
        Assert.Equal(drafts.Concat(open).Select(i => $"Paged opening {i:000}"), seen);

        // The name search also finds the employer; the coach never sees the unapproved employer's five.
        var byEmployer = await Ok(coach, "/coach/openings?name=moorside");
        Assert.Contains("No openings match these filters.", byEmployer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Paged opening 121", (await Ok(coach, "/coach/openings?name=paged&page=3")).Html, StringComparison.Ordinal);

        // Status, kind and sector in combination: multiples of 2, 3 and 4 = multiples of 12.
        var narrowed = await Ok(coach, "/coach/openings?name=paged&status=Open&kind=SupportedInternship&sector=Retail");
        Assert.Equal("Showing 1 to 10 of 10 openings", Count(narrowed));
        Assert.Equal(Enumerable.Range(1, 10).Select(k => $"Paged opening {k * 12:000}"), FirstCells(narrowed, "openings"));
        Assert.Equal("Open", narrowed.Document.QuerySelector("#status option[selected]")!.GetAttribute("value"));
        Assert.Equal("paged", narrowed.Document.QuerySelector("#name")!.GetAttribute("value"));
        var openCount = await _app.WithDbAsync(db => db.Openings.CountAsync(o => o.Employer!.Status == EmployerStatus.Approved && o.Status == OpeningStatus.Open));
        Assert.Equal($"Open ({openCount})", narrowed.Document.QuerySelector("#status option[value=Open]")!.TextContent.Trim());

        // The page links keep the filters; nonsense is ignored; a page past the end shows the last one.
        var page2 = await Ok(coach, "/coach/openings?name=paged&status=Draft&page=2");
        Assert.Equal("Showing 51 to 60 of 60 openings", Count(page2));
        Assert.Equal("/coach/openings?name=paged&status=Draft", page2.Document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        var nonsense = await Ok(coach, "/coach/openings?name=paged&status=7&kind=%00&sector=Nonsense&page=-1");
        Assert.Equal("Showing 1 to 50 of 120 openings", Count(nonsense));
        Assert.Equal("Showing 101 to 120 of 120 openings", Count(await Ok(coach, "/coach/openings?name=paged&page=99999999999")));

        // A hub administrator sees every employer's, approved or not.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Equal("Showing 1 to 50 of 125 openings", Count(await Ok(admin, "/coach/openings?name=paged")));
        Assert.Equal("Showing 1 to 6 of 6 openings", Count(await Ok(admin, "/coach/openings?name=paged+opening+12")));
        Assert.Equal("Showing 1 to 1 of 1 openings", Count(await Ok(coach, "/coach/openings?name=paged+opening+12")));
    }
}
