using System.Text;
using System.Text.Encodings.Web;

namespace SendCareers.Web.Mail;

/// <summary>
/// Builds an e-mail's plain-text and HTML bodies from the same blocks, so the two never drift apart
/// and every value is HTML-encoded on the way into the HTML part.
/// </summary>
public sealed class EmailBody
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();
    private (string Label, string Url)? _firstLink;

    public EmailBody Heading(string text)
    {
        _text.AppendLine(text).AppendLine(new string('=', Math.Min(text.Length, 60))).AppendLine();
        _html.Append("<h1 style=\"font-size:24px\">").Append(Encode(text)).Append("</h1>");
        return this;
    }

    /// <summary>A heading within the message, for one item of a list of several.</summary>
    public EmailBody Subheading(string text)
    {
        _text.AppendLine(text).AppendLine(new string('-', Math.Min(text.Length, 60)));
        _html.Append("<h2 style=\"font-size:19px;margin-bottom:4px\">").Append(Encode(text)).Append("</h2>");
        return this;
    }

    public EmailBody Paragraph(string text)
    {
        _text.AppendLine(text).AppendLine();
        _html.Append("<p style=\"font-size:19px\">").Append(Encode(text)).Append("</p>");
        return this;
    }

    public EmailBody Link(string label, string url)
    {
        _firstLink ??= (label, url);
        _text.AppendLine($"{label}: {url}").AppendLine();
        _html.Append("<p style=\"font-size:19px\"><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></p>");
        return this;
    }

    public EmailBody List(IEnumerable<string> items)
    {
        _html.Append("<ul style=\"font-size:19px\">");
        foreach (var item in items)
        {
            _text.Append("* ").AppendLine(item);
            _html.Append("<li>").Append(Encode(item)).Append("</li>");
        }

        _text.AppendLine();
        _html.Append("</ul>");
        return this;
    }

    public OutgoingMail To(MailAddress recipient, string subject) => To([recipient], subject);

    public OutgoingMail To(IReadOnlyList<MailAddress> recipients, string subject) =>
        new(recipients, subject, _text.ToString().TrimEnd() + Environment.NewLine)
        {
            MainLink = _firstLink,
            HtmlBody = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head>"
                + $"<body style=\"font-family:system-ui,Arial,sans-serif;color:#0b0c0c;max-width:640px\">{_html}</body></html>",
        };

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
