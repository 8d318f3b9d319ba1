using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static SendCareers.Web.TagHelpers.Html;

namespace SendCareers.Web.TagHelpers;

/// <summary>One option of a checkbox or radio group.</summary>
public sealed record ChoiceItem(string Value, string Text, string? Hint = null);

/// <summary>
/// GOV.UK checkboxes (<c>govuk-checkboxes</c>) or radios (<c>govuk-radios</c>) in a fieldset with a legend.
/// The first option's id is the field id, so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukChoicesTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public string Legend { get; set; } = "";

    public string? Hint { get; set; }

    public bool LegendIsHeading { get; set; }

    public bool Small { get; set; }

    /// <summary>Radios side by side (for yes/no).</summary>
    public bool Inline { get; set; }

    public IEnumerable<ChoiceItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var kind = context.TagName == "govuk-radios" ? "radios" : "checkboxes";
        var inputType = kind == "radios" ? "radio" : "checkbox";
        var id = FieldContext.IdOf(ViewContext, For);
        var error = FieldContext.ErrorOf(ViewContext, For);
        var selected = new HashSet<string>(FieldContext.AttemptedValuesOf(ViewContext, For), StringComparer.OrdinalIgnoreCase);

        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        var describedBy = new List<string>();
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            describedBy.Add($"{id}-error");
        }

        html.Append("<fieldset class=\"govuk-fieldset\"");
        if (describedBy.Count > 0)
        {
            html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        html.Append('>');
        html.Append(LegendIsHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{E(Legend)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{E(Legend)}</legend>");
        if (Hint is not null)
        {
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>");
        }

        if (error is not null)
        {
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>");
        }

        var modifiers = (Small ? $" govuk-{kind}--small" : "") + (Inline && kind == "radios" ? " govuk-radios--inline" : "");
        html.Append($"<div class=\"govuk-{kind}{modifiers}\" data-module=\"govuk-{kind}\">");
        var index = 0;
        foreach (var item in Items)
        {
            var itemId = index == 0 ? id : $"{id}-{index + 1}";
            html.Append($"<div class=\"govuk-{kind}__item\">");
            html.Append($"<input class=\"govuk-{kind}__input\" id=\"{itemId}\" name=\"{E(FieldContext.NameOf(ViewContext, For))}\" type=\"{inputType}\" value=\"{E(item.Value)}\"");
            if (selected.Contains(item.Value))
            {
                html.Append(" checked");
            }

            if (item.Hint is not null)
            {
                html.Append($" aria-describedby=\"{itemId}-item-hint\"");
            }

            html.Append('>');
            html.Append($"<label class=\"govuk-label govuk-{kind}__label\" for=\"{itemId}\">{E(item.Text)}</label>");
            if (item.Hint is not null)
            {
                html.Append($"<div id=\"{itemId}-item-hint\" class=\"govuk-hint govuk-{kind}__hint\">{E(item.Hint)}</div>");
            }

            html.Append("</div>");
            index++;
        }

        html.Append("</div></fieldset></div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
