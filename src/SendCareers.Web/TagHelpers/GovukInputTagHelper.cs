using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static SendCareers.Web.TagHelpers.Html;

namespace SendCareers.Web.TagHelpers;

/// <summary>
/// A GOV.UK text input with label, hint and error message. Shows what was typed after a failed POST,
/// even if it failed to bind, and links hint and error with aria-describedby.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>text, email, tel, number, password, date, search.</summary>
    public string Type { get; set; } = "text";

    /// <summary>A GOV.UK width class suffix: 2, 3, 4, 5, 10, 20, 30, one-half, two-thirds...</summary>
    public string? Width { get; set; }

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    public bool Spellcheck { get; set; } = true;

    /// <summary>On a one-question page the label is the page's h1.</summary>
    public bool LabelIsHeading { get; set; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldContext.IdOf(ViewContext, For);
        var name = FieldContext.NameOf(ViewContext, For);
        var error = FieldContext.ErrorOf(ViewContext, For);
        var value = Type == "password" ? null : FieldContext.AttemptedValueOf(ViewContext, For);

        var html = new StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        var label = $"<label class=\"govuk-label{(LabelIsHeading ? " govuk-label--l" : "")}\" for=\"{id}\">{E(Label)}</label>";
        html.Append(LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);

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

        var classes = "govuk-input" + (Width is null ? "" : $" govuk-input--width-{Width}") + (error is null ? "" : " govuk-input--error");
        if (Width is "full" or "three-quarters" or "two-thirds" or "one-half" or "one-third" or "one-quarter")
        {
            classes = "govuk-input" + $" govuk-!-width-{Width}" + (error is null ? "" : " govuk-input--error");
        }

        var input = new StringBuilder($"<input class=\"{classes}\" id=\"{id}\" name=\"{E(name)}\" type=\"{E(Type == "number" ? "text" : Type)}\"");
        if (value is not null)
        {
            input.Append($" value=\"{E(value)}\"");
        }

        if (Type == "number")
        {
            // GOV.UK advice: a text input with inputmode, so browsers do not alter or round what is typed.
            input.Append(" inputmode=\"numeric\"");
        }
        else if (Inputmode is not null)
        {
            input.Append($" inputmode=\"{E(Inputmode)}\"");
        }

        if (Autocomplete is not null)
        {
            input.Append($" autocomplete=\"{E(Autocomplete)}\"");
        }

        if (!Spellcheck || Type is "email" or "password" or "number" or "tel")
        {
            input.Append(" spellcheck=\"false\"");
        }

        if (describedBy.Count > 0)
        {
            input.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        input.Append('>');

        if (Prefix is not null || Suffix is not null)
        {
            html.Append("<div class=\"govuk-input__wrapper\">");
            if (Prefix is not null)
            {
                html.Append($"<div class=\"govuk-input__prefix\" aria-hidden=\"true\">{E(Prefix)}</div>");
            }

            html.Append(input);
            if (Suffix is not null)
            {
                html.Append($"<div class=\"govuk-input__suffix\" aria-hidden=\"true\">{E(Suffix)}</div>");
            }

            html.Append("</div>");
        }
        else
        {
            html.Append(input);
        }

        html.Append("</div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }
}
