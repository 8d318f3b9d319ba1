using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Guidance;

/// <summary>
/// The Easy Read index lists each guide once, and an Easy Read guide starts with its first idea: the
/// summary, contents, reading time and the link to the standard version do not stand before it.
/// </summary>
public sealed class EasyReadIndexTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EasyReadIndex_ListsEachGuideOnce()
    {
        using var visitor = _app.CreateFormClient();
        var index = await visitor.GetAsync("/families/easy-read");
        Assert.Equal(HttpStatusCode.OK, index.Status);

        var guides = index.Document.QuerySelectorAll("main a[href^='/families/easy-read/']")
            .Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(7, guides.Distinct().Count());
        Assert.Equal(guides.Distinct(), guides);
        Assert.Null(index.Document.QuerySelector("[data-testid=section-pages]"));
        Assert.DoesNotContain("There are no pages here yet", index.Text, StringComparison.Ordinal);
        Assert.NotNull(index.Document.QuerySelector("[data-testid=other-version]"));
    }

    [Fact]
    public async Task EasyReadGuide_HasNothingButTheTitleAndReadAloud_BeforeItsFirstPicture()
    {
        using var visitor = _app.CreateFormClient();
        var page = await visitor.GetAsync("/families/easy-read/travel-training");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var column = page.Document.QuerySelector("main .govuk-grid-column-two-thirds")!;
        var before = column.Children.TakeWhile(e => e.GetAttribute("data-testid") != "guidance-body")
            .Select(e => e.GetAttribute("data-testid") ?? e.LocalName).ToList();
        Assert.Equal(["h1", "read-aloud"], before);
        var body = column.QuerySelector("[data-testid=guidance-body]")!;
        Assert.Equal("H2", body.Children[0].TagName);
        Assert.Equal("UL", body.Children[1].TagName);

        // Still there, after the guide.
        Assert.NotNull(column.QuerySelector("[data-testid=guidance-body] ~ [data-read-aloud-skip] [data-testid=other-version]"));
        Assert.NotNull(column.QuerySelector("[data-testid=guidance-body] ~ [data-testid=page-meta]"));
    }
}
