using System.Text.Encodings.Web;

namespace SendCareers.Web.TagHelpers;

internal static class Html
{
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");
}
