namespace SendCareers.Web.Mail;

public sealed record MailAddress(string Address, string? Name = null);

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// One e-mail. Bodies are built by code, never from raw user HTML; display names and subject are
/// stripped of control characters before they reach a header (no header injection).
/// </summary>
public sealed record OutgoingMail(IReadOnlyList<MailAddress> To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>The e-mail's first link (what to do), which a daily summary lists beside the subject.</summary>
    public (string Label, string Url)? MainLink { get; init; }

    /// <summary>Set by the dispatcher so a resend after a crash carries the same Message-ID.</summary>
    public string? MessageId { get; init; }
}
