using AngleSharp.Html.Parser;
using SendCareers.Web.Guidance;

namespace SendCareers.Web.Tests.Guidance;

public sealed class GuidanceLibraryTests
{
    private static readonly GuidanceLibrary Site = new(TestContent.Site);
    private static readonly HtmlParser Parser = new();

    private static GuidancePage SitePage(string url) => Site.FindByUrl(url) ?? throw new InvalidOperationException($"No page at {url}");

    private static AngleSharp.Dom.IDocument Body(GuidancePage page) => Parser.ParseDocument("<main>" + page.Body.Value + "</main>");

    [Fact]
    public void SampleSite_LoadsEveryFileWithNoProblems()
    {
        Assert.Equal(12, Site.Pages.Count);
        Assert.Empty(Site.UnplacedFiles);
        Assert.All(Site.Pages, page => Assert.True(page.Problems.Count == 0, $"{page.SourcePath}: {string.Join("; ", page.Problems)}"));
        Assert.Equal(["bus.svg", "job-coach.svg", "person.svg"], Site.ImageNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FrontMatter_IsReadIntoThePage()
    {
        var page = SitePage("/families/travel-training");

        Assert.Equal("families/travel-training.md", page.SourcePath);
        Assert.Equal(GuidanceSection.Families, page.Section);
        Assert.Equal("travel-training", page.Slug);
        Assert.Equal("Travel training", page.Title);
        Assert.Equal("How young people learn to travel to college or work on their own.", page.Summary);
        Assert.Equal("families", page.FrontMatter.Audience);
        Assert.Equal("/families/easy-read/travel-training", page.OtherVersionUrl);
        Assert.Equal(new DateOnly(2026, 11, 20), page.FrontMatter.LastReviewed);
        Assert.Equal("20 November 2026", page.LastReviewedText);
        Assert.Equal(2, page.Order);
    }

    [Fact]
    public void FoldersMapToAddresses()
    {
        Assert.Equal("/employers/tips/mock-interviews", Site.FindByPath("employers/mock-interviews.md")?.Url);
        Assert.Equal("/families/easy-read/travel-training", Site.FindByPath("families/easy-read/travel-training.md")?.Url);
        Assert.Equal("/schools/debriefs", Site.FindByPath("schools/debriefs.md")?.Url);
        Assert.Equal("/families/easy-read", Site.FindByPath("families/easy-read/index.md")?.Url);
        Assert.Equal("/employers/tips", Site.FindByPath("employers/index.md")?.Url);
        Assert.Equal("/glossary", Site.FindByPath("glossary.md")?.Url);
        Assert.Null(Site.FindByPath("README.md"));
        Assert.Null(Site.FindByPath("../Site/glossary.md"));
        Assert.Null(Site.Find(GuidanceSection.Families, "Travel-Training"));
        Assert.Null(Site.Find(GuidanceSection.Families, "../glossary"));
    }

    [Fact]
    public void PagesIn_ListsASectionsPagesByOrderWithoutItsLandingPage()
    {
        Assert.Equal(["What is a supported internship?", "Travel training"], Site.PagesIn(GuidanceSection.Families).Select(p => p.Title));
        Assert.Equal(["Hosting a workplace visit", "Running mock interviews"], Site.PagesIn(GuidanceSection.Employers).Select(p => p.Title));
    }

    [Fact]
    public void Headings_HaveGitHubStyleIdsAndGovukClasses()
    {
        var body = Body(SitePage("/families/travel-training"));

        var heading = body.QuerySelector("h2#who-can-have-travel-training");
        Assert.NotNull(heading);
        Assert.Equal("govuk-heading-l", heading.ClassName);
        Assert.NotNull(Body(SitePage("/glossary")).QuerySelector("h2#job-coach"));
    }

    [Fact]
    public void RenderedElements_GetGovukFrontendClasses()
    {
        var travel = Body(SitePage("/families/travel-training"));
        var interviews = Body(SitePage("/employers/tips/mock-interviews"));

        Assert.All(travel.QuerySelectorAll("p"), p => Assert.Equal("govuk-body", p.ClassName));
        Assert.Equal("govuk-list govuk-list--number", travel.QuerySelector("ol")?.ClassName);
        Assert.Equal("govuk-list govuk-list--bullet", travel.QuerySelector("ul")?.ClassName);
        Assert.All(travel.QuerySelectorAll("a"), a => Assert.Contains("govuk-link", a.ClassName, StringComparison.Ordinal));
        Assert.Equal("govuk-inset-text", interviews.QuerySelector("blockquote")?.ClassName);
        Assert.Contains("govuk-section-break", interviews.QuerySelector("hr")?.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_GetGovukClassesAndAScrollingRegionWithoutInlineStyles()
    {
        var page = SitePage("/employers/tips/mock-interviews");
        var body = Body(page);

        var table = body.QuerySelector("table");
        Assert.NotNull(table);
        Assert.Equal("govuk-table", table.ClassName);
        Assert.Equal("govuk-table__head", table.QuerySelector("thead")?.ClassName);
        Assert.Equal("govuk-table__body", table.QuerySelector("tbody")?.ClassName);
        Assert.All(table.QuerySelectorAll("tr"), tr => Assert.Equal("govuk-table__row", tr.ClassName));
        Assert.Equal(["govuk-table__header", "govuk-table__header govuk-table__header--numeric"], table.QuerySelectorAll("th").Select(th => th.ClassName));
        Assert.Equal("col", table.QuerySelector("th")?.GetAttribute("scope"));
        Assert.Equal("govuk-table__cell govuk-table__cell--numeric", table.QuerySelectorAll("td")[1].ClassName);
        var region = table.ParentElement!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("on-the-day", region.GetAttribute("aria-labelledby"));
        Assert.DoesNotContain("style=", page.Body.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalLinks_AreMarkedForScreenReadersWithoutANewTab()
    {
        var body = Body(SitePage("/employers/tips/mock-interviews"));

        var external = body.QuerySelector("a[href^='https://www.gov.uk/']");
        Assert.NotNull(external);
        Assert.Equal("noopener", external.GetAttribute("rel"));
        Assert.Null(external.GetAttribute("target"));
        Assert.Equal(" (external site)", external.QuerySelector(".govuk-visually-hidden")?.TextContent);
        var internalLink = body.QuerySelector("a[href='/glossary#job-coach']");
        Assert.NotNull(internalLink);
        Assert.Null(internalLink.GetAttribute("rel"));
        Assert.Null(internalLink.QuerySelector(".govuk-visually-hidden"));
        Assert.Equal("mailto:hub@sendcareers.test", body.QuerySelector("a[href^='mailto:']")?.GetAttribute("href"));
    }

    [Fact]
    public void ContentsList_OnlyOnPagesWithThreeOrMoreH2s()
    {
        Assert.Equal(["who-can-have-travel-training", "what-happens", "who-can-help"], SitePage("/families/travel-training").Contents.Select(h => h.Id));
        Assert.Equal(["Before the day", "On the day", "Afterwards"], SitePage("/employers/tips/mock-interviews").Contents.Select(h => h.Text));
        Assert.Empty(SitePage("/families/supported-internships").Contents);
    }

    [Fact]
    public void EasyReadLists_PutEachPictureBesideItsSentence()
    {
        var page = SitePage("/families/easy-read/travel-training");
        var body = Body(page);

        Assert.True(page.IsEasyRead);
        var list = body.QuerySelector("ul");
        Assert.Equal("govuk-list sc-easy-read__list", list?.ClassName);
        var items = list!.QuerySelectorAll("li");
        Assert.Equal(3, items.Length);
        Assert.All(items, item =>
        {
            Assert.Equal("sc-easy-read__item", item.ClassName);
            Assert.Equal("IMG", item.Children[0].TagName);
            Assert.False(string.IsNullOrEmpty(item.Children[0].GetAttribute("alt")));
            Assert.Equal("sc-easy-read__text", item.Children[1].ClassName);
        });
        Assert.Equal("Travel training helps you learn to travel on your own.", items[0].QuerySelector(".sc-easy-read__text")?.TextContent.Trim());
        Assert.Null(body.QuerySelector("li p"));
    }

    [Theory]
    [InlineData(1, "1 minute")]
    [InlineData(200, "1 minute")]
    [InlineData(201, "2 minutes")]
    [InlineData(800, "4 minutes")]
    public void ReadingTime_At200WordsAMinute(int words, string expected)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sc-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "schools"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "schools", "long.md"), "---\ntitle: Long\n---\n\n" + string.Join(' ', Enumerable.Repeat("word", words)));

            var page = new GuidanceLibrary(folder).FindByUrl("/schools/long")!;

            Assert.Equal(words, page.WordCount);
            Assert.Equal(expected, page.ReadingTime);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ImageFile_OnlyForPicturesInTheImagesFolder()
    {
        Assert.EndsWith(Path.Combine("images", "bus.svg"), Site.ImageFile("bus.svg"), StringComparison.Ordinal);
        Assert.Null(Site.ImageFile("missing.svg"));
        Assert.Null(Site.ImageFile("../glossary.md"));
        Assert.Null(Site.ImageFile("..%2Fglossary.md"));
        Assert.Null(Site.ImageFile(""));
    }

    [Fact]
    public void Search_RanksTitleHitsFirst()
    {
        var results = Site.Search("travel");

        // Both "Travel training" pages have the word in title and summary; the standard one uses it more.
        Assert.Equal("/families/travel-training", results[0].Page.Url);
        Assert.Equal("/families/easy-read/travel-training", results[1].Page.Url);
        Assert.Contains(results, r => r.Page.Url == "/families/supported-internships");
        Assert.True(results.ToList().FindIndex(r => r.Page.Url == "/families/supported-internships") > 1);
    }

    [Fact]
    public void Search_FindsWordsInTheTextWithASnippet()
    {
        var result = Assert.Single(Site.Search("timetable"));

        Assert.Equal("/families/supported-internships", result.Page.Url);
        Assert.Contains("weekly timetable of tasks", result.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NeedsEveryWord()
    {
        Assert.Single(Site.Search("timetable intern"));
        Assert.Empty(Site.Search("timetable zebra"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ???")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    [InlineData("\r\n\t\0")]
    [InlineData("ẞ ǅ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e")]
    public void Search_HostileOrEmptyQueries_FindNothingWithoutFailing(string? query)
    {
        Assert.Empty(Site.Search(query));
        Assert.Empty(Site.Search(new string('a', 10_000)));
    }
}
