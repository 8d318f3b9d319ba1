using MimeKit;

namespace SendCareers.Web.Mail;

internal static class MimeBuilder
{
    public static MimeMessage Build(OutgoingMail mail, MailOptions options, string domain)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(HeaderSafe(options.FromName), options.FromAddress));
        foreach (var to in mail.To)
        {
            message.To.Add(new MailboxAddress(HeaderSafe(to.Name ?? ""), to.Address.Trim()));
        }

        message.Subject = HeaderSafe(mail.Subject);
        message.MessageId = mail.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId(domain);

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var attachment in mail.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>Removes CR, LF and other control characters that could split or forge headers.</summary>
    public static string HeaderSafe(string value)
    {
        var chars = value.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var text = new string(chars).Trim();
        return text.Length > 200 ? text[..200] : text;
    }
}
