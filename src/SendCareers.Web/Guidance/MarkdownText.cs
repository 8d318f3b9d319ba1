using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SendCareers.Web.Guidance;

/// <summary>The words a reader sees in parts of a Markdown tree, for headings, search and word counts.</summary>
internal static class MarkdownText
{
    /// <summary>Text of inlines: link text counts, markup and pictures do not (unless asked for alt text).</summary>
    public static string Of(ContainerInline? inline, bool includeImages = false)
    {
        var text = new StringBuilder();
        Append(text, inline, includeImages);
        return text.ToString().Trim();
    }

    /// <summary>All the text of a document, block by block, one line each.</summary>
    public static string OfDocument(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null)
            {
                text.AppendLine(Of(block.Inline));
            }
            else if (block is CodeBlock code and not YamlFrontMatterBlock)
            {
                text.AppendLine(code.Lines.ToString());
            }
        }

        return text.ToString();
    }

    /// <summary>Words as a reader counts them: anything between spaces with a letter or digit in it.</summary>
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));

    private static void Append(StringBuilder text, ContainerInline? container, bool includeImages)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    if (includeImages)
                    {
                        Append(text, image, includeImages);
                    }

                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case ContainerInline child:
                    Append(text, child, includeImages);
                    break;
            }
        }
    }
}
