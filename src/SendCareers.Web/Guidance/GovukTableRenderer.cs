using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SendCareers.Web.Guidance;

/// <summary>
/// Pipe tables as GOV.UK Frontend tables, inside a focusable region that scrolls on narrow screens.
/// Alignment uses classes rather than style attributes, which the Content-Security-Policy would block.
/// </summary>
internal sealed class GovukTableRenderer : HtmlObjectRenderer<Table>
{
    /// <summary>The id of the heading a table sits under, which names its scrolling region.</summary>
    public const string LabelledByKey = "sc-table-labelled-by";

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"sc-table-wrapper\" role=\"region\" tabindex=\"0\"");
        if (table.GetData(LabelledByKey) is string headingId)
        {
            renderer.Write(" aria-labelledby=\"").WriteEscape(headingId).Write('"');
        }
        else
        {
            renderer.Write(" aria-label=\"Table\"");
        }

        renderer.WriteLine('>');
        renderer.Write("<table class=\"govuk-table\"").WriteAttributes(table).WriteLine('>');
        var rows = table.OfType<TableRow>().ToList();
        WriteRows(renderer, table, rows.Where(r => r.IsHeader).ToList(), "govuk-table__head", header: true);
        WriteRows(renderer, table, rows.Where(r => !r.IsHeader).ToList(), "govuk-table__body", header: false);
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static void WriteRows(HtmlRenderer renderer, Table table, List<TableRow> rows, string groupClass, bool header)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var group = header ? "thead" : "tbody";
        renderer.WriteLine($"<{group} class=\"{groupClass}\">");
        foreach (var row in rows)
        {
            renderer.WriteLine("<tr class=\"govuk-table__row\">");
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : index;
                var align = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
                var kind = header ? "header" : "cell";
                var classes = $"govuk-table__{kind}" + align switch
                {
                    TableColumnAlign.Right => $" govuk-table__{kind}--numeric",
                    TableColumnAlign.Center => " govuk-!-text-align-centre",
                    _ => "",
                };
                renderer.Write(header ? $"<th scope=\"col\" class=\"{classes}\">" : $"<td class=\"{classes}\">");
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = true;
                renderer.WriteChildren(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine(header ? "</th>" : "</td>");
                index++;
            }

            renderer.WriteLine("</tr>");
        }

        renderer.WriteLine($"</{group}>");
    }
}

/// <summary>Puts <see cref="GovukTableRenderer"/> in place of Markdig's table renderer.</summary>
internal sealed class GovukTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.TryRemove<HtmlTableRenderer>();
            html.ObjectRenderers.Insert(0, new GovukTableRenderer());
        }
    }
}
