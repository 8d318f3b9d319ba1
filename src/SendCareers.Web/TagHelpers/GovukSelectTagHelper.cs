using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static SendCareers.Web.TagHelpers.Html;

namespace SendCareers.Web.TagHelpers;

/// <summary>A GOV.UK select with label, hint and error, keeping what was chosen. For long lists only.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public IReadOnlyList<ChoiceItem> Items { get; set; } = [];

    /// <summary>The first, empty option's text.</summary>
    public string Placeholder { get; set; } = "Choose one";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldContext.IdOf(ViewContext, For);
        var name = FieldContext.NameOf(ViewContext, For);
        var error = FieldContext.ErrorOf(ViewContext, For);
        var value = FieldContext.AttemptedValueOf(ViewContext, For);

        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        html.Append($"<label class=\"govuk-label\" for=\"{id}\">{E(Label)}</label>");
        var describedBy = new List<string>();
        if (Hint is not null)
        {
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>");
            describedBy.Add($"{id}-error");
        }

        html.Append($"<select class=\"govuk-select{(error is null ? "" : " govuk-select--error")}\" id=\"{id}\" name=\"{E(name)}\"");
        if (describedBy.Count > 0)
        {
            html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        html.Append('>');
        html.Append($"<option value=\"\">{E(Placeholder)}</option>");
        foreach (var item in Items)
        {
            var selected = string.Equals(item.Value, value, StringComparison.Ordinal) ? " selected" : "";
            html.Append($"<option value=\"{E(item.Value)}\"{selected}>{E(item.Text)}</option>");
        }

        html.Append("</select></div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
