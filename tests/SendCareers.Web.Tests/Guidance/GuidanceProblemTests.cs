using SendCareers.Web.Guidance;

namespace SendCareers.Web.Tests.Guidance;

/// <summary>The library on files with deliberate problems: each is reported, and nothing unsafe is rendered.</summary>
public sealed class GuidanceProblemTests
{
    private static readonly GuidanceLibrary Library = new(TestContent.Problems);

    private static GuidancePage Page(string path) => Library.FindByPath(path) ?? throw new InvalidOperationException($"{path} was not loaded");

    private static List<string> Messages(string path, GuidanceProblemKind kind) =>
        Page(path).Problems.Where(p => p.Kind == kind).Select(p => p.Message).ToList();

    [Fact]
    public void NoFrontMatter_IsReportedAndThePageStillRenders()
    {
        var page = Page("families/no-front-matter.md");

        Assert.Contains("no front matter", Assert.Single(Messages("families/no-front-matter.md", GuidanceProblemKind.FrontMatter)), StringComparison.Ordinal);
        Assert.Equal("No front matter", page.Title);
        Assert.Contains("forgot its front matter", page.Body.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFields_AreEachReported()
    {
        var messages = Messages("families/missing-fields.md", GuidanceProblemKind.FrontMatter);

        Assert.Equal(
            ["Add \"summary\" to the front matter.", "Add \"audience\" to the front matter.", "Add \"last-reviewed\" to the front matter.", "Add \"order\" to the front matter.", "Add \"easy-read\" to the front matter."],
            messages);
    }

    [Fact]
    public void BadValues_AreEachReported()
    {
        var messages = Messages("families/bad-values.md", GuidanceProblemKind.FrontMatter);

        Assert.Contains(messages, m => m.StartsWith("\"audience\" must be one of employers, families, schools, everyone", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("\"last-reviewed\" must be a date", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("\"order\" must be a whole number", StringComparison.Ordinal));
        Assert.Contains(Page("families/bad-values.md").Problems, p => p is { Kind: GuidanceProblemKind.Advice } && p.Message.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(Messages("families/bad-values.md", GuidanceProblemKind.BrokenLink), m => m.Contains("\"easy-read\"", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidYaml_IsReported()
    {
        Assert.Contains("not valid YAML", Assert.Single(Messages("families/broken-yaml.md", GuidanceProblemKind.FrontMatter)), StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtml_IsEscapedNotRendered()
    {
        var html = Page("families/hostile.md").Body.Value!;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksOutsideTheAllowList_AreRenderedAsPlainText()
    {
        var page = Page("families/hostile.md");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Body.Value!);

        var hrefs = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/families", "mailto:hub@sendcareers.test", "https://www.gov.uk/"], hrefs);
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains("<p class=\"govuk-body\">A picture</p>", page.Body.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page.Body.Value!.Replace("An autolink: javascript:alert('auto')", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        foreach (var text in new[] { "Click me", "shout", "spaced", "encoded", "Data", "elsewhere", "back", "A picture" })
        {
            Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(8, Messages("families/hostile.md", GuidanceProblemKind.BrokenLink).Count(m => m.Contains("was shown as plain text", StringComparison.Ordinal)));
        Assert.Single(Messages("families/hostile.md", GuidanceProblemKind.BrokenImage));
    }

    [Fact]
    public void AutolinkWithJavascript_IsTextOnly()
    {
        var html = Page("families/hostile.md").Body.Value!;

        Assert.Contains("An autolink: javascript:alert('auto').", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TopLevelHeading_BecomesAnH2WithAdvice()
    {
        var page = Page("families/hostile.md");

        Assert.DoesNotContain("<h1", page.Body.Value, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"a-top-level-heading\" class=\"govuk-heading-l\">", page.Body.Value, StringComparison.Ordinal);
        Assert.Contains(page.Problems, p => p.Kind == GuidanceProblemKind.Advice && p.Message.Contains("Use ## rather than #", StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenLinksAndPictures_AreReportedAndWorkingOnesAreNot()
    {
        var links = Messages("families/broken-links.md", GuidanceProblemKind.BrokenLink);
        var pictures = Messages("families/broken-links.md", GuidanceProblemKind.BrokenImage);

        Assert.Equal(6, links.Count);
        Assert.Contains(links, m => m.Contains("\"/families/no-such-page\" goes to a guidance page that does not exist", StringComparison.Ordinal));
        Assert.Contains(links, m => m.Contains("\"/glossary#no-such-term\" goes to a heading that does not exist on /glossary", StringComparison.Ordinal));
        Assert.Contains(links, m => m.Contains("\"/schools/nothing-here\"", StringComparison.Ordinal));
        Assert.Contains(links, m => m.Contains("\"travel-training\"", StringComparison.Ordinal));
        Assert.Contains(links, m => m.Contains("\"#nowhere\"", StringComparison.Ordinal));
        Assert.Contains(links, m => m.Contains("\"easy-read\" in the front matter", StringComparison.Ordinal));
        Assert.DoesNotContain(links, m => m.Contains("#ehcp", StringComparison.Ordinal) || m.Contains("sign-up", StringComparison.Ordinal) || m.Contains("#links", StringComparison.Ordinal));
        Assert.Equal(2, pictures.Count);
        Assert.Contains(pictures, m => m.Contains("\"/guidance/images/missing.svg\" does not exist", StringComparison.Ordinal));
        Assert.Contains(pictures, m => m.Contains("\"https://example.com/x.png\" is on another site", StringComparison.Ordinal));
    }

    [Fact]
    public void EasyReadRules_LongSentencesAndItemsWithoutPicturesOrAltText()
    {
        var messages = Messages("families/easy-read/long-sentences.md", GuidanceProblemKind.EasyRead);

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("This sentence has 16 words (15 at most)", StringComparison.Ordinal));
        Assert.Contains(messages, m => m == "This item does not start with a picture: \"This item has no picture.\".");
        Assert.Contains(messages, m => m.StartsWith("The picture for this item has no alt text", StringComparison.Ordinal));
    }

    [Fact]
    public void EasyReadRules_ApplyOnlyToEasyReadPages()
    {
        Assert.Empty(Messages("families/broken-links.md", GuidanceProblemKind.EasyRead));
    }

    [Fact]
    public void FilesOutsideTheKnownFolders_AreListedAsNotServed()
    {
        Assert.Equal(["Stray Name.md", "images/evil.svg", "images/notes.txt", "other/elsewhere.md"], Library.UnplacedFiles.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("script", Library.UnplacedFiles["images/evil.svg"], StringComparison.Ordinal);
        Assert.Null(Library.ImageFile("evil.svg"));
        Assert.NotNull(Library.ImageFile("ok.svg"));
    }

    [Fact]
    public void ReloadIfChanged_PicksUpEditsOnceTheFilesSettle()
    {
        var folder = TestContent.CopyOf(TestContent.Site);
        try
        {
            var library = new GuidanceLibrary(folder);
            var glossaryBefore = library.FindByUrl("/glossary")!;
            Assert.False(library.ReloadIfChanged());

            var file = Path.Combine(folder, "schools", "debriefs.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("title: Debriefs after a placement", "title: Debriefs, changed", StringComparison.Ordinal));
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(5));
            File.Delete(Path.Combine(folder, "schools", "index.md"));

            Assert.False(library.ReloadIfChanged()); // seen once: maybe still being written
            Assert.True(library.ReloadIfChanged());

            Assert.Equal("Debriefs, changed", library.FindByUrl("/schools/debriefs")?.Title);
            Assert.Null(library.FindByUrl("/schools"));
            // Files that did not change are not rendered again.
            Assert.Same(glossaryBefore.Body.Value, library.FindByUrl("/glossary")!.Body.Value);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MissingContentFolder_IsAnEmptyLibrary()
    {
        var library = new GuidanceLibrary(Path.Combine(Path.GetTempPath(), "sc-no-such-folder-" + Guid.NewGuid().ToString("N")));

        Assert.Empty(library.Pages);
        Assert.Empty(library.Search("travel"));
        Assert.False(library.ReloadIfChanged());
    }
}
