using System.Globalization;
using MimeKit;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Paging.ListPages;

namespace SendCareers.Web.Tests.Paging;

/// <summary>
/// The sent mail page (/admin/sent-mail) with more e-mails in the folder than fit on a page: newest first, 50 at
/// a time with the count and the shared page links, files the mailer did not write left out, and any page number
/// giving a page.
/// </summary>
public sealed class SentMailPagingTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>120 e-mails dated a minute apart in 2099 (newer than anything the app sends), and two stray files.</summary>
    private void WriteMail()
    {
        Directory.CreateDirectory(_app.MailFolder);
        for (var i = 1; i <= 120; i++)
        {
            var at = new DateTimeOffset(2099, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i);
            var message = new MimeMessage { Subject = $"Paged mail {i:000}", Date = at, Body = new TextPart("plain") { Text = "Hello" } };
            message.From.Add(MailboxAddress.Parse("hub@sendcareers.test"));
            message.To.Add(MailboxAddress.Parse($"reader-{i:000}@example.org"));
            message.WriteTo(Path.Combine(_app.MailFolder, $"{at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml"));
        }

        File.WriteAllText(Path.Combine(_app.MailFolder, "99999999T999999Z-not-the-mailers.eml"), "Subject: stray");
        File.WriteAllText(Path.Combine(_app.MailFolder, "notes.txt"), "not mail");
    }

    [Fact]
    public async Task SentMail_IsPagedNewestFirst_WithTheCount_AndAnyPageNumberGivesAPage()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        WriteMail();
        int Total() => Directory.GetFiles(_app.MailFolder, "*.eml").Length - 1;

        var first = await Ok(admin, "/admin/sent-mail");
        Assert.Equal($"Showing 1 to 50 of {Total()} e-mails, newest first", Count(first));
        Assert.Equal(Enumerable.Range(71, 50).Reverse().Select(i => $"Paged mail {i:000}"), FirstCells(first, "sent-mail"));
        Assert.Equal("/admin/sent-mail?page=2", first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var third = await Ok(admin, "/admin/sent-mail?page=3");
        Assert.Equal($"Showing 101 to {Math.Min(150, Total())} of {Total()} e-mails, newest first", Count(third));
        Assert.Equal(Enumerable.Range(1, 20).Reverse().Select(i => $"Paged mail {i:000}"), FirstCells(third, "sent-mail").Take(20));

        // Rubbish reads as the first page; past the end as the last.
        Assert.Equal($"Showing 1 to 50 of {Total()} e-mails, newest first", Count(await Ok(admin, "/admin/sent-mail?page=-7")));
        Assert.Equal($"Showing 1 to 50 of {Total()} e-mails, newest first", Count(await Ok(admin, "/admin/sent-mail?page=%27%3B--")));
        var pastTheEnd = await Ok(admin, "/admin/sent-mail?page=99999999999999");
        var lastFirst = ((Total() - 1) / 50 * 50) + 1;
        Assert.Equal($"Showing {lastFirst} to {Total()} of {Total()} e-mails, newest first", Count(pastTheEnd));
        Assert.Null(pastTheEnd.Document.QuerySelector("a[rel=next]"));
    }
}
