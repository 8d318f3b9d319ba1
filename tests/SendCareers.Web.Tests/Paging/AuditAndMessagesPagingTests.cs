using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Paging.ListPages;

namespace SendCareers.Web.Tests.Paging;

/// <summary>
/// The audit log (/admin/audit) and the scheduled e-mails (/admin/messages) with more rows than fit on a page:
/// paged in SQL with the count, narrowed by young person, account and days (audit) or by recipient (messages),
/// each of the two message lists paged on its own, and nonsense in the address never an error.
/// </summary>
public sealed class AuditAndMessagesPagingTests : IAsyncLifetime
{
    private static readonly DateTime January = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AuditLog_IsPagedNewestFirst_AndFilteredByYoungPersonAccountAndDays()
    {
        // 120 entries about a new young person, one a day from 2 January 2026, even ones by the coach, odd by the admin.
        var personId = await _app.WithDbAsync(async db =>
        {
            var school = await db.Schools.OrderBy(s => s.Id).FirstAsync();
            var person = new YoungPerson { SchoolId = school.Id, PreferredName = "Audited", LegalSurname = "Pager", DateOfBirth = new DateOnly(2009, 10, 1), CreatedAtUtc = January, UpdatedAtUtc = January };
            db.YoungPeople.Add(person);
            await db.SaveChangesAsync();
            var coach = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.Id).SingleAsync();
            var admin = await db.Users.Where(u => u.Email == "admin@sendcareers.test").Select(u => u.Id).SingleAsync();
            for (var i = 1; i <= 120; i++)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    AtUtc = January.AddDays(i),
                    UserId = i % 2 == 0 ? coach : admin,
                    Action = $"Paged action {i:000}",
                    SubjectType = AuditTrail.YoungPerson,
                    SubjectId = person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }

            await db.SaveChangesAsync();
            return person.Id;
        });
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var everyone = await _app.WithDbAsync(db => db.AuditEvents.CountAsync());
        var all = await Ok(admin, "/admin/audit");
        Assert.Equal($"Showing 1 to 50 of {everyone:N0} entries, newest first", Count(all));

        var first = await Ok(admin, $"/admin/audit?youngPerson={personId}");
        Assert.Equal("Showing 1 to 50 of 120 entries, newest first", Count(first));
        Assert.Equal(Enumerable.Range(71, 50).Reverse().Select(i => $"Paged action {i:000}"), Actions(first));
        var last = await Ok(admin, $"/admin/audit?youngPerson={personId}&page=3");
        Assert.Equal("Showing 101 to 120 of 120 entries, newest first", Count(last));
        Assert.Equal($"/admin/audit?youngPerson={personId}&page=2", last.Document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Paged action 001", Actions(last)[^1]);

        // One account's entries, within February 2026 (days 31 to 58 after 1 January): even ones only, so 14.
        var february = await Ok(admin, $"/admin/audit?youngPerson={personId}&who=COACH@sendcareers.test&from=2026-02-01&to=2026-02-28");
        Assert.Equal("Showing 1 to 14 of 14 entries, newest first", Count(february));
        Assert.Equal(Enumerable.Range(31, 28).Where(i => i % 2 == 0).Reverse().Select(i => $"Paged action {i:000}"), Actions(february));
        Assert.Equal("2026-02-01", february.Document.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal(personId.ToString(System.Globalization.CultureInfo.InvariantCulture), february.Document.QuerySelector("input[name=youngPerson]")!.GetAttribute("value"));

        // An address no account has is said so, and shows nothing (not the entries of people not signed in).
        var unknown = await Ok(admin, "/admin/audit?who=nobody@example.org");
        Assert.Contains("No account has this e-mail address", unknown.Document.QuerySelector("#who-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No entries match these filters.", unknown.Html, StringComparison.Ordinal);

        // Bad dates are named and left out; rubbish ids and pages are ignored; past the end shows the last page.
        var bad = await Ok(admin, $"/admin/audit?youngPerson={personId}&from=2026-02-30&to=tomorrow&page=%E2%88%9E");
        Assert.NotNull(bad.Document.QuerySelector("#from-error"));
        Assert.NotNull(bad.Document.QuerySelector("#to-error"));
        Assert.Equal("Showing 1 to 50 of 120 entries, newest first", Count(bad));
        Assert.Equal($"Showing 1 to 50 of {everyone:N0} entries, newest first", Count(await Ok(admin, "/admin/audit?youngPerson=-1")));
        Assert.Equal("Showing 101 to 120 of 120 entries, newest first", Count(await Ok(admin, $"/admin/audit?youngPerson={personId}&page=2147483648")));

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await coach.GetAsync($"/admin/audit?youngPerson={personId}")).Status);
    }

    [Fact]
    public async Task Messages_FailedAndComingUp_ArePagedEachOnItsOwn_AndNarrowedToOneRecipient()
    {
        // 120 failed (even ones to even@, odd to odd@) and 60 coming up in 2099, all to even@.
        await _app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 180; i++)
            {
                var failed = i <= 120;
                db.ScheduledMessages.Add(new ScheduledMessage
                {
                    Kind = "test-email",
                    DedupeKey = $"paging-{i:000}",
                    RecipientEmail = !failed || i % 2 == 0 ? "even@example.org" : "odd@example.org",
                    SubjectType = "test",
                    SubjectId = i,
                    DueAtUtc = failed ? January.AddMinutes(i) : new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                    NextAttemptAtUtc = failed ? January.AddMinutes(i) : new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                    State = failed ? MessageState.Failed : MessageState.Pending,
                    Attempts = failed ? 5 : 0,
                    LastError = failed ? $"Refused {i:000}" : null,
                    MessageId = $"<paging-{i:000}@sendcareers.test>",
                    CreatedAtUtc = January,
                });
            }

            await db.SaveChangesAsync();
        });
        var failedTotal = await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.State == MessageState.Failed));
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var first = await Ok(admin, "/admin/messages");
        Assert.Equal($"Showing 1 to 50 of {failedTotal} failed e-mails", Counts(first)[0]);
        Assert.Equal(50, first.Document.QuerySelectorAll("[data-testid=failed] tbody tr").Length);

        // Narrowed to one recipient; each list turns its own pages and its links keep the other's page.
        var even = await Ok(admin, "/admin/messages?to=even@example.org&failed-page=2&upcoming-page=2");
        Assert.Equal(["Showing 51 to 60 of 60 failed e-mails", "Showing 51 to 60 of 60 e-mails coming up"], Counts(even));
        Assert.Equal("/admin/messages?to=even@example.org&upcoming-page=2", even.Document.QuerySelector("nav[aria-label='Pages of failed e-mails'] a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/admin/messages?to=even@example.org&failed-page=2", even.Document.QuerySelector("nav[aria-label='Pages of e-mails coming up'] a[rel=prev]")!.GetAttribute("href"));
        Assert.All(even.Document.QuerySelectorAll("[data-testid=failed] tbody tr td:nth-child(2)"), td => Assert.Equal("even@example.org", td.TextContent.Trim()));

        var odd = await Ok(admin, "/admin/messages?to=odd@example.org&failed-page=99");
        Assert.Equal("Showing 51 to 60 of 60 failed e-mails", Counts(odd)[0]);
        Assert.Contains("Nothing is waiting to be sent.", odd.Html, StringComparison.Ordinal);
        Assert.Equal("odd@example.org", odd.Document.QuerySelector("#to")!.GetAttribute("value"));

        var nobody = await Ok(admin, "/admin/messages?to=%3Cscript%3E&failed-page=-2&upcoming-page=x");
        Assert.Contains("No e-mails have failed.", nobody.Html, StringComparison.Ordinal);
    }

    private static List<string> Actions(FormClient.PageResult page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=audit] tbody tr td:nth-child(3)").Select(td => td.TextContent.Trim())];

    private static List<string> Counts(FormClient.PageResult page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=page-count]").Select(p => string.Join(' ', p.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)))];
}
