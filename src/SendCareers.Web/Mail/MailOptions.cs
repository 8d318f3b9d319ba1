namespace SendCareers.Web.Mail;

/// <summary>Bound from "Smtp". With no Host, mail is written as .eml files to the data folder.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? User { get; set; }

    public string? Password { get; set; }

    public bool StartTls { get; set; }

    public string FromAddress { get; set; } = "no-reply@sendcareers.test";

    public string FromName { get; set; } = "SendCareers";

    /// <summary>The public address of the site, for links in e-mails (e.g. https://careers.example.org).</summary>
    public string? PublicBaseUrl { get; set; }
}
