using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SendCareers.Web.Guidance;

/// <summary>
/// Renders guidance Markdown with one pipeline, built once: GitHub-style heading ids, pipe tables,
/// YAML front matter, raw HTML off. After parsing, the tree is given GOV.UK Frontend classes, links
/// outside the scheme allow-list become plain text, external links are marked for screen readers, and
/// Easy Read lists (every item starts with a picture) get their own layout.
/// </summary>
internal static partial class GuidanceMarkdown
{
    public const int EasyReadMaxWords = 15;

    private const string ExternalMarker = "<span class=\"govuk-visually-hidden\"> (external site)</span>";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .DisableHtml()
        .Use<GovukTableExtension>()
        .Build();

    /// <summary>Renders one file. <paramref name="easyRead"/> applies the Easy Read rules as problems.</summary>
    public static RenderedMarkdown Render(string markdown, bool easyRead)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var problems = new List<GuidanceProblem>();

        var links = SecureLinks(document, problems);
        Decorate(document, problems);
        if (easyRead)
        {
            CheckEasyRead(document, problems);
        }

        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new GuidanceHeading(h.Level, h.GetAttributes().Id ?? "", MarkdownText.Of(h.Inline)))
            .ToList();
        var plainText = MarkdownText.OfDocument(document);
        return new RenderedMarkdown(
            FrontMatterOf(document),
            Markdown.ToHtml(document, Pipeline),
            headings,
            links,
            plainText,
            MarkdownText.CountWords(plainText),
            problems);
    }

    private static string? FrontMatterOf(MarkdownDocument document)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            return null;
        }

        // The block's lines include the --- fences.
        var lines = block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString())
            .Where(l => l.Trim() is not ("---" or "..."));
        return string.Join('\n', lines);
    }

    /// <summary>Applies the scheme allow-list to every link and picture and returns the addresses kept.</summary>
    private static List<LinkUse> SecureLinks(MarkdownDocument document, List<GuidanceProblem> problems)
    {
        var kept = new List<LinkUse>();

        // Autolinks (<https://...>) become ordinary links so one set of rules covers both.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            var link = new LinkInline(url, "");
            link.AppendChild(new LiteralInline(autolink.Url));
            autolink.ReplaceBy(link);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            // Heading references resolve late; fix the address now so what is checked is what is written.
            var url = (link.GetDynamicUrl?.Invoke() ?? link.Url ?? "").Trim();
            link.GetDynamicUrl = null;
            link.Url = url;
            var target = LinkTargets.Classify(url);
            if (target == LinkTarget.Refused)
            {
                var text = MarkdownText.Of(link, includeImages: true);
                if (link.IsImage)
                {
                    problems.Add(new(GuidanceProblemKind.BrokenImage, $"The picture \"{url}\" was removed: pictures must be in content/images."));
                    link.ReplaceBy(new LiteralInline(text), copyChildren: false);
                }
                else
                {
                    problems.Add(new(GuidanceProblemKind.BrokenLink, $"The link \"{text}\" to \"{url}\" was shown as plain text: links must start with /, #, https:, http: or mailto:."));
                    Unwrap(link);
                }

                continue;
            }

            kept.Add(new LinkUse(url, link.IsImage));
            if (link.IsImage)
            {
                continue;
            }

            var attributes = link.GetAttributes();
            attributes.AddClass("govuk-link");
            if (target == LinkTarget.External)
            {
                attributes.AddProperty("rel", "noopener");
                link.AppendChild(new HtmlInline(ExternalMarker));
            }
        }

        return kept;
    }

    /// <summary>Replaces a link by its text, keeping any emphasis inside it.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static void Decorate(MarkdownDocument document, List<GuidanceProblem> problems)
    {
        string? lastHeadingId = null;
        foreach (var block in document.Descendants<Block>().ToList())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    if (heading.Level == 1)
                    {
                        // The page title is the only h1; a # heading in the body becomes an h2.
                        problems.Add(new(GuidanceProblemKind.Advice, $"Use ## rather than # for \"{MarkdownText.Of(heading.Inline)}\": the title is the page's only main heading."));
                        heading.Level = 2;
                    }

                    heading.GetAttributes().AddClass(heading.Level switch
                    {
                        2 => "govuk-heading-l",
                        3 => "govuk-heading-m",
                        _ => "govuk-heading-s",
                    });
                    lastHeadingId = heading.GetAttributes().Id;
                    break;
                case ParagraphBlock paragraph:
                    paragraph.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock list when IsEasyReadList(list):
                    list.GetAttributes().AddClass("govuk-list");
                    list.GetAttributes().AddClass("sc-easy-read__list");
                    // Tight, so each item is picture + sentence side by side rather than a paragraph.
                    list.IsLoose = false;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        DecorateEasyReadItem(item);
                    }

                    break;
                case ListBlock list:
                    list.GetAttributes().AddClass("govuk-list");
                    list.GetAttributes().AddClass(list.IsOrdered ? "govuk-list--number" : "govuk-list--bullet");
                    break;
                case QuoteBlock quote:
                    quote.GetAttributes().AddClass("govuk-inset-text");
                    break;
                case ThematicBreakBlock rule:
                    rule.GetAttributes().AddClass("govuk-section-break");
                    rule.GetAttributes().AddClass("govuk-section-break--l");
                    rule.GetAttributes().AddClass("govuk-section-break--visible");
                    break;
                case Table table when lastHeadingId is not null:
                    table.SetData(GovukTableRenderer.LabelledByKey, lastHeadingId);
                    break;
            }
        }
    }

    private static bool IsEasyReadList(ListBlock list) => list.Count > 0 && list.All(item => LeadingImage(item) is not null);

    /// <summary>The picture an item starts with, if it does.</summary>
    private static LinkInline? LeadingImage(Block item) =>
        item is ListItemBlock { Count: > 0 } listItem && listItem[0] is ParagraphBlock { Inline.FirstChild: LinkInline { IsImage: true } image }
            ? image
            : null;

    private static void DecorateEasyReadItem(ListItemBlock item)
    {
        var image = LeadingImage(item)!;
        image.GetAttributes().AddClass("sc-easy-read__image");
        item.GetAttributes().AddClass("sc-easy-read__item");
        var paragraph = (ParagraphBlock)item[0];
        image.InsertAfter(new HtmlInline("<span class=\"sc-easy-read__text\">"));
        paragraph.Inline!.AppendChild(new HtmlInline("</span>"));
    }

    private static void CheckEasyRead(MarkdownDocument document, List<GuidanceProblem> problems)
    {
        foreach (var item in document.Descendants<ListItemBlock>())
        {
            var image = LeadingImage(item);
            var text = item.Count > 0 && item[0] is ParagraphBlock p ? MarkdownText.Of(p.Inline) : "";
            if (image is null)
            {
                problems.Add(new(GuidanceProblemKind.EasyRead, $"This item does not start with a picture: \"{Shorten(text)}\"."));
            }
            else if (MarkdownText.Of(image, includeImages: true).Length == 0)
            {
                problems.Add(new(GuidanceProblemKind.EasyRead, $"The picture for this item has no alt text: \"{Shorten(text)}\"."));
            }

            var sentences = Sentences(text).Count();
            if (sentences > 1)
            {
                problems.Add(new(GuidanceProblemKind.EasyRead, $"This item has {sentences} sentences (one idea, one sentence each): \"{Shorten(text)}\"."));
            }
        }

        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Parent is not ListItemBlock)
            {
                problems.Add(new(GuidanceProblemKind.Advice, $"Easy Read ideas go in list items with a picture: \"{Shorten(MarkdownText.Of(paragraph.Inline))}\"."));
            }

            foreach (var sentence in Sentences(MarkdownText.Of(paragraph.Inline)))
            {
                var words = MarkdownText.CountWords(sentence);
                if (words > EasyReadMaxWords)
                {
                    problems.Add(new(GuidanceProblemKind.EasyRead, $"This sentence has {words} words ({EasyReadMaxWords} at most): \"{sentence}\"."));
                }
            }
        }

        if (document.Descendants<Table>().Any())
        {
            problems.Add(new(GuidanceProblemKind.Advice, "Easy Read pages should not have tables."));
        }
    }

    /// <summary>
    /// Hard words (the glossary's terms) an Easy Read page uses without explaining them: the first item
    /// that uses a term must explain it ("A job coach is someone who...", "SEND means..."), or the item
    /// after it must ("This means...", "They help..."). Abbreviations in capitals match only in capitals.
    /// </summary>
    public static IReadOnlyList<string> UnexplainedHardWords(string markdown, IEnumerable<string> hardWords)
    {
        var items = Markdown.Parse(markdown, Pipeline).Descendants<ListItemBlock>()
            .Select(item => item.Count > 0 && item[0] is ParagraphBlock p ? MarkdownText.Of(p.Inline) : "")
            .ToList();
        var problems = new List<string>();
        foreach (var term in hardWords.Where(t => t.Length > 1))
        {
            var options = term.Any(char.IsLower) ? RegexOptions.IgnoreCase | RegexOptions.CultureInvariant : RegexOptions.CultureInvariant;
            var escaped = Regex.Escape(term).Replace("\\ ", "\\s+", StringComparison.Ordinal);
            var uses = new Regex($@"\b{escaped}(s|es)?\b", options);
            var first = items.FindIndex(uses.IsMatch);
            if (first < 0)
            {
                continue;
            }

            // "SEND means", "A job coach is", "supported internships, which help", "a job coach who helps".
            var explains = new Regex($@"\b{escaped}(s|es)?\b(,?\s+(who|which|that))?\s+(can\s+)?(means?|is|are|stands?\s+for|helps?|tells?)\b", options);
            var explained = explains.IsMatch(items[first])
                || (first + 1 < items.Count && (explains.IsMatch(items[first + 1]) || ExplainsThePrevious().IsMatch(items[first + 1])));
            if (!explained)
            {
                problems.Add($"The hard word \"{term}\" is not explained where it is first used: \"{Shorten(items[first])}\".");
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^(This|That|It|They|These|He|She)\s+(means?|is|are|helps?|tells?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExplainsThePrevious();

    /// <summary>Sentences end with . ! or ? before a space or the end; "9.30am" is not two sentences.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
