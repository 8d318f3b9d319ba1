using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// The lists paged for region scale — openings, employers (the administrator's and the public one), the audit
/// log, scheduled e-mails and sent mail — each with more rows than a page, filtered, in Chromium at 320 and
/// 1280 px: axe finds nothing, nothing scrolls sideways, and the page links lead on.
/// </summary>
public sealed class PagedListsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _baseUrl = _app.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task SeedAsync() => _app.WithDbAsync(async db =>
    {
        var now = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        var aire = await db.Employers.SingleAsync(e => e.OrganisationName == "Aire Valley Logistics");
        var admin = await db.Users.Where(u => u.Email == "admin@sendcareers.test").Select(u => u.Id).SingleAsync();
        for (var i = 1; i <= 60; i++)
        {
            db.Openings.Add(ScopeWorld.NewOpening(aire, $"Browser opening {i:00}", now));
            db.Employers.Add(new Employer
            {
                OrganisationName = $"Browser Employer {i:00}",
                ContactName = "Sam Brown",
                ContactEmail = $"browser-{i:00}@example.org",
                Postcode = "LS1 4AP",
                OutwardCode = "LS1",
                Sectors = [Sector.Retail],
                Offers = [OfferKind.TalkOrAssembly],
                Status = EmployerStatus.Approved,
                IsCornerstone = i % 7 == 0,
                ListPublicly = true,
                CreatedAtUtc = now,
            });
            db.AuditEvents.Add(new AuditEvent { AtUtc = now.AddMinutes(i), UserId = admin, Action = "Viewed profile", SubjectType = AuditTrail.YoungPerson, SubjectId = "1" });
            db.ScheduledMessages.Add(new ScheduledMessage
            {
                Kind = "test-email",
                DedupeKey = $"browser-paged-{i:00}",
                RecipientEmail = "someone-with-a-long-address@example.org",
                SubjectType = "test",
                SubjectId = i,
                DueAtUtc = now.AddMinutes(i),
                NextAttemptAtUtc = now.AddMinutes(i),
                State = MessageState.Failed,
                Attempts = 5,
                LastError = "Connection refused",
                MessageId = $"<browser-paged-{i:00}@sendcareers.test>",
                CreatedAtUtc = now,
            });
        }

        await db.SaveChangesAsync();
    });

    private void WriteMail()
    {
        Directory.CreateDirectory(_app.MailFolder);
        for (var i = 1; i <= 60; i++)
        {
            var at = new DateTimeOffset(2099, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i);
            var message = new MimeKit.MimeMessage { Subject = $"Browser mail {i:00}", Date = at, Body = new MimeKit.TextPart("plain") { Text = "Hello" } };
            message.From.Add(MimeKit.MailboxAddress.Parse("hub@sendcareers.test"));
            message.To.Add(MimeKit.MailboxAddress.Parse($"reader-{i:00}@example.org"));
            message.WriteTo(Path.Combine(_app.MailFolder, $"{at.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}.eml"));
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task PagedLists_HaveNoAxeViolations_AndTheirPageLinksLeadOn(int width)
    {
        await SeedAsync();
        WriteMail();
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("admin@sendcareers.test");

        foreach (var (url, name) in new[]
        {
            ("/coach/openings?name=browser", "openings"),
            ("/admin/employers?name=browser", "admin-employers"),
            ("/admin/audit", "audit"),
            ("/admin/messages", "messages"),
            ("/admin/sent-mail", "sent-mail"),
            ("/our-employers?name=browser&sector=Retail", "our-employers"),
        })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("[data-testid=page-count]").First).ToContainTextAsync("Showing 1 to 50 of");
            await page.AssertNoAxeViolationsAsync();
            await page.ScreenshotAsync($"paged-{name}-{width}");

            // The next page keeps the filters and shows the rest.
            await page.Locator("a[rel=next]").First.ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=page-count]").First).ToContainTextAsync("Showing 51 to");
            Assert.Contains(url.Contains('?', StringComparison.Ordinal) ? url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..] : "page=2", page.Url, StringComparison.Ordinal);
            await page.AssertNoAxeViolationsAsync();
        }

        // Filters are a form: narrowing the public list by a name is kept in the address.
        await page.GotoAsync("/our-employers");
        await page.GetByLabel("Name").FillAsync("Browser Employer 07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show employers" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=page-count]")).ToHaveTextAsync("Showing 1 to 1 of 1 employers");
        Assert.Contains("name=Browser+Employer+07", page.Url, StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
    }
}
