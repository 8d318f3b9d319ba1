using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static SendCareers.Web.TagHelpers.Html;

namespace SendCareers.Web.TagHelpers;

/// <summary>
/// The GOV.UK error summary: every error on the page, each linking to its field. Rendered only when
/// the model state has errors; GOV.UK Frontend's script moves focus to it on load.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>The summary's heading; Easy Read pages say it their own way.</summary>
    public string Heading { get; set; } = "There is a problem";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        var html = new StringBuilder();
        html.Append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">");
        html.Append($"<h2 class=\"govuk-error-summary__title\">{E(Heading)}</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        var seen = new HashSet<string>();
        foreach (var (key, entry) in FieldOrder.Sort(state, ViewContext.ViewData.Model?.GetType()))
        {
            foreach (var error in entry!.Errors.Take(1))
            {
                if (!seen.Add(error.ErrorMessage))
                {
                    continue;
                }

                var id = FieldContext.IdFromName(key);
                html.Append(id.Length == 0
                    ? $"<li>{E(error.ErrorMessage)}</li>"
                    : $"<li><a href=\"#{E(id)}\">{E(error.ErrorMessage)}</a></li>");
            }
        }

        html.Append("</ul></div></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
