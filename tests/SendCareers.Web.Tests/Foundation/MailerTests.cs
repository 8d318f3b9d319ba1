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
