using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static SendCareers.Web.TagHelpers.Html;

namespace SendCareers.Web.TagHelpers;

/// <summary>The GOV.UK date input (day, month, year) for a <see cref="DateInput"/> property, in a fieldset.</summary>
[HtmlTargetElement("govuk-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public string Legend { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>bday for a date of birth, so browsers can fill it in.</summary>
    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FieldContext.NameOf(ViewContext, For);
        var id = FieldContext.IdOf(ViewContext, For);
        var error = FieldContext.ErrorOf(ViewContext, For);
        var model = For.Model as DateInput ?? new DateInput();
        var state = ViewContext.ViewData.ModelState;

        string? Typed(string part, string? fallback) =>
            state.TryGetValue($"{name}.{part}", out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : fallback;

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

        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\"{(describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "")}>");
        html.Append($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(Legend)}</legend>");
        if (Hint is not null)
        {
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{E(Hint)}</div>");
        }

        if (error is not null)
        {
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>");
        }

        html.Append($"<div class=\"govuk-date-input\" id=\"{id}-group\">");
        Part(html, id, name, "Day", "Day", Typed("Day", model.Day), 2, error is not null, Autocomplete is null ? null : $"{Autocomplete}-day");
        Part(html, id, name, "Month", "Month", Typed("Month", model.Month), 2, error is not null, Autocomplete is null ? null : $"{Autocomplete}-month");
        Part(html, id, name, "Year", "Year", Typed("Year", model.Year), 4, error is not null, Autocomplete is null ? null : $"{Autocomplete}-year");
        html.Append("</div></fieldset></div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }

    private static void Part(StringBuilder html, string id, string name, string part, string label, string? value, int width, bool error, string? autocomplete)
    {
        // The day box carries the field's own id so the error summary link lands on it.
        var partId = part == "Day" ? id : $"{id}-{part.ToLowerInvariant()}";
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{partId}\">{label}</label>");
        html.Append($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(error ? " govuk-input--error" : "")}\" id=\"{partId}\" name=\"{E(name)}.{part}\" type=\"text\" inputmode=\"numeric\"");
        if (value is not null)
        {
            html.Append($" value=\"{E(value)}\"");
        }

        if (autocomplete is not null)
        {
            html.Append($" autocomplete=\"{E(autocomplete)}\"");
        }

        html.Append("></div></div>");
    }
}
