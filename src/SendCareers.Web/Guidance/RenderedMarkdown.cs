namespace SendCareers.Web.Guidance;

/// <summary>A link or picture address found in a page, as written.</summary>
internal sealed record LinkUse(string Url, bool IsImage);

/// <summary>One Markdown file after rendering: what the library needs to build a page from it.</summary>
internal sealed record RenderedMarkdown(
    string? FrontMatter,
    string Html,
    IReadOnlyList<GuidanceHeading> Headings,
    IReadOnlyList<LinkUse> Links,
    string PlainText,
    int WordCount,
    IReadOnlyList<GuidanceProblem> Problems);
