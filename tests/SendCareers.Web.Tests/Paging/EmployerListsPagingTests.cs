using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Paging.ListPages;

namespace SendCareers.Web.Tests.Paging;

/// <summary>
/// The hub administrator's employer list (/admin/employers) and the public "Our employers" page with more
/// employers than fit on a page: 50 at a time with the count, filters narrowing them in SQL and kept in the page
/// links, nonsense ignored, and the public page still showing only approved employers who agreed to be listed.
/// </summary>
public sealed class EmployerListsPagingTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>
    /// 120 "Paged Employer" organisations: even ones approved, odd ones waiting for approval; every third a
    /// cornerstone; every fourth in retail, the rest in gardening; every fifth not wanting to be listed.
    /// </summary>
    private Task SeedAsync() => _app.WithDbAsync(async db =>
    {
        for (var i = 1; i <= 120; i++)
        {
            db.Employers.Add(new Employer
            {
                OrganisationName = $"Paged Employer {i:000}",
                ContactName = $"Contact {i:000}",
                ContactEmail = $"paged-{i:000}@example.org",
                Postcode = "LS1 4AP",
                OutwardCode = "LS1",
                Sectors = [i % 4 == 0 ? Sector.Retail : Sector.Gardening],
                Offers = [OfferKind.TalkOrAssembly],
                Status = i % 2 == 0 ? EmployerStatus.Approved : EmployerStatus.AwaitingApproval,
                IsCornerstone = i % 3 == 0,
                ListPublicly = i % 5 != 0,
                CreatedAtUtc = new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc),
            });
        }

        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task AdminEmployerList_IsPagedWithCounts_AndFilteredByNameStatusCornerstoneAndSector()
    {
        await SeedAsync();
        var all = await _app.WithDbAsync(db => db.Employers.CountAsync());
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var first = await Ok(admin, "/admin/employers");
        Assert.Equal($"Showing 1 to 50 of {all} employers", Count(first));
        Assert.Equal($"All ({all})", first.Document.QuerySelector("#status option[value='']")!.TextContent.Trim());

        // Waiting for approval first, then by name; every paged employer on exactly one page.
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            seen.AddRange(FirstCells(await Ok(admin, $"/admin/employers?name=paged+employer&page={page}"), "employers").Select(c => c.Split('\n')[0].Trim()));
        }

        var waiting = Enumerable.Range(1, 120).Where(i => i % 2 == 1);
        var approved = Enumerable.Range(1, 120).Where(i => i % 2 == 0);
        Assert.Equal(waiting.Concat(approved).Select(i => $"Paged Employer {i:000}"), seen);

        // Approved, cornerstone, retail: multiples of 2, 3 and 4 = multiples of 12. The contact's name and e-mail find them too.
        var narrowed = await Ok(admin, "/admin/employers?name=PAGED&status=Approved&cornerstone=yes&sector=Retail");
        Assert.Equal("Showing 1 to 10 of 10 employers", Count(narrowed));
        Assert.Equal("Approved", narrowed.Document.QuerySelector("#status option[selected]")!.GetAttribute("value"));
        Assert.Equal("Showing 1 to 1 of 1 employers", Count(await Ok(admin, "/admin/employers?name=contact+007")));
        Assert.Equal("Showing 1 to 1 of 1 employers", Count(await Ok(admin, "/admin/employers?name=paged-008@example")));
        Assert.Equal("Showing 1 to 40 of 40 employers", Count(await Ok(admin, "/admin/employers?name=paged&cornerstone=yes")));

        // Links keep the filters; nonsense is ignored; past the end shows the last page.
        var page2 = await Ok(admin, "/admin/employers?name=paged&cornerstone=no&page=2");
        Assert.Equal("Showing 51 to 80 of 80 employers", Count(page2));
        Assert.Equal("/admin/employers?name=paged&cornerstone=no", page2.Document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Showing 1 to 50 of 120 employers", Count(await Ok(admin, "/admin/employers?name=paged&status=99&cornerstone=maybe&sector=%3Cscript%3E&page=0")));
        Assert.Equal("Showing 1 to 50 of 120 employers", Count(await Ok(admin, "/admin/employers?name=paged&page=abc%27")));
        Assert.Equal("Showing 101 to 120 of 120 employers", Count(await Ok(admin, "/admin/employers?name=paged&page=4000000000")));
        Assert.Contains("There are no employers to show here.", (await Ok(admin, "/admin/employers?name=nobody-is-called-this")).Html, StringComparison.Ordinal);

        // Only hub administrators: a job coach is turned away.
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await coach.GetAsync("/admin/employers?name=paged")).Status);
    }

    [Fact]
    public async Task OurEmployers_IsPagedAndFiltered_AndShowsOnlyApprovedEmployersWhoAgreedToBeListed()
    {
        await SeedAsync();
        var listed = await _app.WithDbAsync(db => db.Employers.CountAsync(e => e.Status == EmployerStatus.Approved && e.ListPublicly));
        using var visitor = _app.CreateFormClient();

        var first = await Ok(visitor, "/our-employers");
        Assert.Equal($"Showing 1 to {Math.Min(50, listed)} of {listed} employers", Count(first));
        Assert.Equal(Math.Min(50, listed), first.Document.QuerySelectorAll(".sc-card").Length);

        // Approved (even) and listed (not a multiple of 10): 60 - 12 = 48, cornerstone (multiples of 6) first.
        var paged = await Ok(visitor, "/our-employers?name=paged+employer");
        Assert.Equal("Showing 1 to 48 of 48 employers", Count(paged));
        var names = paged.Document.QuerySelectorAll(".sc-card h2").Select(h => h.TextContent.Trim()).ToList();
        var expected = Enumerable.Range(1, 120).Where(i => i % 2 == 0 && i % 10 != 0).OrderBy(i => i % 3 == 0 ? 0 : 1).ThenBy(i => i).Select(i => $"Paged Employer {i:000}");
        Assert.Equal(expected, names);

        var retail = await Ok(visitor, "/our-employers?name=paged&sector=Retail");
        Assert.Equal("Showing 1 to 24 of 24 employers", Count(retail)); // multiples of 4, less multiples of 20
        Assert.Equal("Retail", retail.Document.QuerySelector("#sector option[selected]")!.GetAttribute("value"));
        Assert.DoesNotContain("Contact 0", retail.Html, StringComparison.Ordinal); // never a person's name

        Assert.Equal("Showing 1 to 48 of 48 employers", Count(await Ok(visitor, "/our-employers?name=paged&sector=1&page=-3")));
        Assert.Equal("Showing 1 to 48 of 48 employers", Count(await Ok(visitor, "/our-employers?name=paged&page=7")));
    }
}
