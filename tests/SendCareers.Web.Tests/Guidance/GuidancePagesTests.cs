using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Guidance;

/// <summary>The guidance pages through the whole app, on the sample site in TestContent/Site.</summary>
public sealed class GuidancePagesTests(GuidancePagesTests.AppFixture fixture) : IClassFixture<GuidancePagesTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp
    {
        public AppFixture() => Set("Content:Path", TestContent.Site);
    }

    [Theory]
    [InlineData("/employers/tips", "Tips for employers")]
    [InlineData("/employers/tips/mock-interviews", "Running mock interviews")]
    [InlineData("/families", "Guidance for families")]
    [InlineData("/families/travel-training", "Travel training")]
    [InlineData("/families/supported-internships", "What is a supported internship?")]
    [InlineData("/families/easy-read", "Easy Read guides")]
    [InlineData("/families/easy-read/travel-training", "Travel training")]
    [InlineData("/schools", "Guidance for schools")]
    [InlineData("/schools/debriefs", "Debriefs after a placement")]
    [InlineData("/glossary", "Glossary")]
    [InlineData("/guidance/search", "Search the guidance")]
    public async Task GuidancePage_Answers200WithOneH1(string url, string h1)
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(h1, page.H1);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.StartsWith($"{h1} – SendCareers", page.Document.Title, StringComparison.Ordinal);
        Assert.Equal("Who can use this page: Anyone: this page holds no personal information.", page.Document.QuerySelector("[data-testid=who-may-use]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/families/no-such-page")]
    [InlineData("/families/Travel-Training")]
    [InlineData("/families/travel_training")]
    [InlineData("/families/travel-training.md")]
    [InlineData("/families/index")]
    [InlineData("/families/easy-read/no-such-page")]
    [InlineData("/employers/tips/no-such-tip")]
    [InlineData("/schools/%2e%2e%2fappsettings.json")]
    [InlineData("/glossary/ehcp")]
    public async Task UnknownPage_Answers404Page(string url)
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.H1);
    }

    [Fact]
    public async Task Article_ShowsSummaryReadingTimeLastReviewedBreadcrumbsAndEasyReadLink()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/families/travel-training");

        Assert.Equal("How young people learn to travel to college or work on their own.", page.Document.QuerySelector("p.govuk-body-l")?.TextContent);
        var meta = page.Document.QuerySelectorAll("[data-testid=page-meta] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Reading time: 1 minute", "Last reviewed 20 November 2026"], meta);
        var crumbs = page.Document.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "/"), ("Guidance for families", "/families")], crumbs);
        var other = page.Document.QuerySelector("[data-testid=other-version]");
        Assert.Equal("Read this page in Easy Read", other?.TextContent);
        Assert.Equal("/families/easy-read/travel-training", other?.GetAttribute("href"));
    }

    [Fact]
    public async Task EasyReadPage_LinksBackToTheStandardVersionAndUsesLargeLayout()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/families/easy-read/travel-training");

        var other = page.Document.QuerySelector("[data-testid=other-version]");
        Assert.Equal("Read the standard version of this page", other?.TextContent);
        Assert.Equal("/families/travel-training", other?.GetAttribute("href"));
        Assert.Contains("sc-easy-read", page.Document.QuerySelector("[data-testid=guidance-body]")?.ClassName, StringComparison.Ordinal);
        Assert.Equal(3, page.Document.QuerySelectorAll(".sc-easy-read__item img[alt]").Length);
        var crumbs = page.Document.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/families", "/families/easy-read"], crumbs);
    }

    [Fact]
    public async Task LongPage_HasAContentsListLinkingToItsHeadings()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/families/travel-training");

        var links = page.Document.QuerySelectorAll("nav.sc-contents-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#who-can-have-travel-training", "#what-happens", "#who-can-help"], links);
        Assert.All(links, href => Assert.NotNull(page.Document.GetElementById(href[1..])));
    }

    [Fact]
    public async Task LandingPage_ListsItsPagesInOrderWithSummaries()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/families");

        var items = page.Document.QuerySelectorAll("[data-testid=section-pages] li").ToList();
        Assert.Equal(["What is a supported internship?", "Travel training"], items.Select(li => li.QuerySelector("h2 a")!.TextContent));
        Assert.Equal(["/families/supported-internships", "/families/travel-training"], items.Select(li => li.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal("A year of learning at work for young people with an EHCP.", items[0].QuerySelector("p")?.TextContent);
        Assert.Equal("Guides for parents and carers.", page.Document.QuerySelector(".sc-content p")?.TextContent);
        Assert.Equal("/families/easy-read", page.Document.QuerySelector("[data-testid=other-version]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Parent_FindsWhatASupportedInternshipIsInTwoClicksFromHome()
    {
        using var client = fixture.CreateFormClient();

        var home = await client.GetAsync("/");
        var families = home.Document.QuerySelectorAll("main a").First(a => a.GetAttribute("href") == "/families");
        var section = await client.GetAsync(families.GetAttribute("href")!);
        var link = section.Document.QuerySelectorAll("main a").First(a => a.TextContent.Contains("supported internship", StringComparison.OrdinalIgnoreCase));
        var article = await client.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.Equal("What is a supported internship?", article.H1);
    }

    [Fact]
    public async Task HomePageSearch_GoesToGuidanceSearch()
    {
        using var client = fixture.CreateFormClient();

        var home = await client.GetAsync("/");

        Assert.Equal("/guidance/search", home.Document.QuerySelector("form[role=search]")?.GetAttribute("action"));
    }

    [Fact]
    public async Task Search_FindsByTitleFirstAndShowsTheCount()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/guidance/search?q=travel");

        var titles = page.Document.QuerySelectorAll("[data-testid=search-results] h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal("3 results for “travel”", page.Document.QuerySelector("[data-testid=result-count]")?.TextContent);
        Assert.Equal(["Travel training", "Travel training", "What is a supported internship?"], titles);
        Assert.Equal("travel", page.Document.QuerySelector("input#q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_FindsByBodyTextWithASnippet()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/guidance/search?q=timetable");

        Assert.Equal("1 result for “timetable”", page.Document.QuerySelector("[data-testid=result-count]")?.TextContent);
        Assert.Equal("/families/supported-internships", page.Document.QuerySelector("[data-testid=search-results] a")?.GetAttribute("href"));
        Assert.Contains("weekly timetable of tasks", page.Document.QuerySelector(".sc-search-snippet")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    [InlineData("'%20OR%201%3D1%20--")]
    [InlineData("%0D%0ASet-Cookie:%20x=1")]
    [InlineData("%E2%80%AE%F0%9D%94%98%F0%9D%94%AB%F0%9D%94%A6")]
    [InlineData("%00")]
    [InlineData("%FF%FE")]
    public async Task Search_HostileOrEmptyQuery_AnswersWithoutErrorOrScript(string q)
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/guidance/search?q=" + q);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=search-results]"));
    }

    [Fact]
    public async Task Search_OverLongQuery_ShowsAnErrorNextToTheField()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/guidance/search?q=" + new string('a', 2_000));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Search words must be 100 characters or fewer", page.FieldError("q"));
        Assert.Equal(["Search words must be 100 characters or fewer"], page.ErrorSummary);
        Assert.StartsWith("Error:", page.Document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picture_IsServedAsSvgWithLongCaching()
    {
        using var client = fixture.CreateFormClient();

        using var response = await client.Http.GetAsync("/guidance/images/bus.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(7), response.Headers.CacheControl?.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guidance/images/missing.svg")]
    [InlineData("/guidance/images/..%2Fglossary.md")]
    [InlineData("/guidance/images/%2E%2E%2F%2E%2E%2Fappsettings.json")]
    [InlineData("/guidance/images/README.md")]
    [InlineData("/guidance/images/")]
    [InlineData("/guidance/glossary.md")]
    [InlineData("/content/glossary.md")]
    public async Task OnlyKnownPicturesAreServed(string url)
    {
        using var client = fixture.CreateFormClient();

        using var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousPages_AreServedFromTheOutputCache()
    {
        using var client = fixture.CreateFormClient();

        using var first = await client.Http.GetAsync("/schools/debriefs?first");
        using var second = await client.Http.GetAsync("/schools/debriefs?second");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadingPreferences_GetTheirOwnCachedCopy()
    {
        using var plain = fixture.CreateFormClient();
        using var large = fixture.CreateFormClient();
        large.Http.DefaultRequestHeaders.Add("Cookie", "sc.prefs=large-contrast");

        var before = await plain.GetAsync("/schools");
        var withPreferences = await large.GetAsync("/schools");

        Assert.DoesNotContain("sc-text-large", before.Document.DocumentElement.ClassName ?? "", StringComparison.Ordinal);
        Assert.Contains("sc-text-large", withPreferences.Document.DocumentElement.ClassName, StringComparison.Ordinal);
        Assert.Contains("sc-high-contrast", withPreferences.Document.DocumentElement.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPeople_GetTheirOwnHeaderNotACachedPage()
    {
        using var anonymous = fixture.CreateFormClient();
        await anonymous.GetAsync("/employers/tips");
        await anonymous.GetAsync("/employers/tips");
        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");

        using var response = await employer.Http.GetAsync("/employers/tips");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Null(response.Headers.Age);
        Assert.Contains("Signed in as", html, StringComparison.Ordinal);
    }
}
