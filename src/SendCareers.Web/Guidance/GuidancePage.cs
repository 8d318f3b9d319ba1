using System.Globalization;
using Humanizer;
using Microsoft.AspNetCore.Html;

namespace SendCareers.Web.Guidance;

/// <summary>One guidance file, rendered: everything a page, a section list or a search result shows.</summary>
public sealed class GuidancePage
{
    /// <summary>Pages with this many h2 headings or more get a contents list.</summary>
    public const int ContentsListThreshold = 3;

    private const int WordsPerMinute = 200;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    internal GuidancePage(string sourcePath, GuidanceSection section, string? slug, FrontMatter frontMatter, RenderedMarkdown rendered, IReadOnlyList<GuidanceProblem> problems)
    {
        SourcePath = sourcePath;
        Section = section;
        Slug = slug;
        Url = GuidanceAddress.UrlOf(section, slug);
        FrontMatter = frontMatter;
        Title = frontMatter.Title ?? (slug ?? section.ToString()).Humanize(LetterCasing.Sentence);
        Summary = frontMatter.Summary ?? "";
        Body = new HtmlString(rendered.Html);
        Headings = rendered.Headings;
        PlainText = rendered.PlainText;
        WordCount = rendered.WordCount;
        Problems = problems;
        LinkedUrls = rendered.Links.Where(l => !l.IsImage).Select(l => l.Url.Split('#')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The addresses this page links to (not its pictures), without any #fragment.</summary>
    public IReadOnlySet<string> LinkedUrls { get; }

    /// <summary>The file's path inside the content folder, with forward slashes: <c>families/travel.md</c>.</summary>
    public string SourcePath { get; }

    public GuidanceSection Section { get; }

    /// <summary>Null for a section's landing page (index.md) and the glossary.</summary>
    public string? Slug { get; }

    public bool IsLandingPage => Slug is null;

    public bool IsEasyRead => Section == GuidanceSection.EasyRead;

    public string Url { get; }

    public FrontMatter FrontMatter { get; }

    public string Title { get; }

    public string Summary { get; }

    public int Order => FrontMatter.Order;

    /// <summary>The rendered Markdown: raw HTML was off and links were checked against the allow-list.</summary>
    public HtmlString Body { get; }

    public IReadOnlyList<GuidanceHeading> Headings { get; }

    /// <summary>The h2 headings, for a contents list on long pages (empty on short ones).</summary>
    public IReadOnlyList<GuidanceHeading> Contents =>
        Headings.Count(h => h.Level == 2) >= ContentsListThreshold ? Headings.Where(h => h.Level == 2).ToList() : [];

    public string PlainText { get; }

    public int WordCount { get; }

    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling(WordCount / (double)WordsPerMinute));

    /// <summary>"4 minutes".</summary>
    public string ReadingTime => "minute".ToQuantity(ReadingMinutes);

    /// <summary>"20 November 2026", or null when the front matter has no valid date.</summary>
    public string? LastReviewedText => FrontMatter.LastReviewed?.ToString("d MMMM yyyy", British);

    /// <summary>The other version of this page (Easy Read or standard), as the front matter gives it.</summary>
    public string? OtherVersionUrl => IsEasyRead ? FrontMatter.Standard : FrontMatter.EasyRead;

    public IReadOnlyList<GuidanceProblem> Problems { get; }

    public bool HasErrors => Problems.Any(p => p.IsError);
}
