using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Mail;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Foundation;

public sealed class MailerTests
{
    [Fact]
    public async Task NoSmtpHost_WritesEmlToDataFolder()
    {
        await using var app = new SendCareersApp().WithoutDemoData();
        var mailer = app.Services.GetRequiredService<IMailer>();

        var id = await mailer.SendAsync(new OutgoingMail([new MailAddress("jo@example.com", "Jo")], "Hello", "Body text"));

        var message = Assert.Single(app.PickedUpMail());
        Assert.Equal(id, message.MessageId);
        Assert.Equal("Hello", message.Subject);
        Assert.Equal("jo@example.com", message.To.Mailboxes.Single().Address);
    }

    /// <summary>Pickup files are RFC 5322: every line ends in CRLF, the calendar invite's included.</summary>
    [Fact]
    public async Task NoSmtpHost_EmlFile_HasCrLfLineEndings_InEveryPart()
    {
        await using var app = new SendCareersApp().WithoutDemoData();
        var mailer = app.Services.GetRequiredService<IMailer>();
        var invite = "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Visit\nEND:VEVENT\nEND:VCALENDAR\n";

        await mailer.SendAsync(new OutgoingMail([new MailAddress("jo@example.com", "Jo")], "Hello", "First line\nSecond line\n")
        {
            HtmlBody = "<p>First</p>\n<p>Second</p>\n",
            Attachments = [new MailAttachment("invite.ics", "text/calendar; method=REQUEST", System.Text.Encoding.UTF8.GetBytes(invite))],
        });

        var file = Assert.Single(Directory.GetFiles(app.MailFolder, "*.eml"));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        var bareLf = Enumerable.Range(0, text.Length).Count(i => text[i] == '\n' && (i == 0 || text[i - 1] != '\r'));
        Assert.Equal(0, bareLf);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmtpHost_DeliversToRealServer()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = new SendCareersApp().WithoutDemoData().WithSmtp(smtp);
        var mailer = app.Services.GetRequiredService<IMailer>();

        var id = await mailer.SendAsync(new EmailBody().Paragraph("Hello Jo").Link("Sign in", "http://localhost/account/sign-in").To(new MailAddress("jo@example.com", "Jo"), "Welcome"));

        var arrived = Assert.Single(await smtp.WaitForAsync(m => m.MessageId == id));
        Assert.Equal("Welcome", arrived.Subject);
        Assert.Contains("Sign in: http://localhost/account/sign-in", arrived.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://localhost/account/sign-in\">Sign in</a>", arrived.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(app.PickedUpMail());
    }

    [Fact]
    public async Task CrLfInSubjectAndName_CannotAddHeaders()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = new SendCareersApp().WithoutDemoData().WithSmtp(smtp);
        var mailer = app.Services.GetRequiredService<IMailer>();

        var id = await mailer.SendAsync(new OutgoingMail(
            [new MailAddress("jo@example.com", "Jo\r\nBcc: victim@example.com")],
            "Hi\r\nBcc: victim@example.com",
            "<b>not html</b>"));

        var arrived = Assert.Single(await smtp.WaitForAsync(m => m.MessageId == id));
        Assert.Empty(arrived.Bcc);
        Assert.Null(arrived.Headers["Bcc"]);
        Assert.DoesNotContain('\n', arrived.Subject!);
        Assert.Equal(["jo@example.com"], arrived.To.Mailboxes.Select(m => m.Address));
    }
}
