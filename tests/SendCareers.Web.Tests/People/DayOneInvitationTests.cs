using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.HubSetup;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.People;

/// <summary>
/// Day one in Production on an empty database: the bootstrap administrator adds a school, follows the
/// checklist to invite a job coach and a second administrator, the invitations arrive at the real SMTP
/// server, both links work, and the checklist's job coach step is done. A closed school is not offered.
/// </summary>
public sealed class DayOneInvitationTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = FirstRunTests.EmptyProductionApp().WithSmtp(_smtp);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task BootstrapAdministrator_InvitesACoachAndAnAdministrator_WhoBothGetIn()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("first.admin@hub.example.org", "a long first password");
        foreach (var (name, postcode) in new[] { ("Calder Valley Special School", "HX1 1AA"), ("Old Mill School", "HX1 2AB") })
        {
            var added = await admin.SubmitAsync("/admin/schools/new", new Dictionary<string, object?>
            {
                ["Name"] = name, ["Kind"] = "SpecialSchool", ["LocalAuthority"] = "Calderdale", ["Postcode"] = postcode, ["Urn"] = "", ["Ukprn"] = "",
            });
            Assert.True(added.Status == HttpStatusCode.Redirect, string.Join("; ", added.ErrorSummary));
        }

        // A closed school is not offered, and cannot be posted.
        var closed = await _app.WithDbAsync(db => db.Schools.SingleAsync(s => s.Name == "Old Mill School"));
        await _app.WithDbAsync(async db =>
        {
            await db.Schools.Where(s => s.Id == closed.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ClosedAtUtc, DateTime.UtcNow));
            return 0;
        });
        var school = await _app.WithDbAsync(db => db.Schools.SingleAsync(s => s.Name == "Calder Valley Special School"));

        var dashboard = await admin.GetAsync("/admin");
        var invitePath = dashboard.Document.QuerySelector("[data-testid=checklist-coach] a")!.GetAttribute("href")!;
        Assert.Equal("/admin/accounts/invite", invitePath);
        var form = await admin.GetAsync(invitePath);
        Assert.Equal([school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], form.Document.QuerySelectorAll("select[name=SchoolId] option[value]").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList());
        var toClosed = await admin.SubmitAsync(invitePath, new Dictionary<string, object?> { ["Input.Name"] = "Closed Coach", ["Input.Email"] = "closed@example.org", ["Role"] = "JobCoach", ["SchoolId"] = closed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.BadRequest, toClosed.Status);
        Assert.False(await _app.WithDbAsync(db => db.Invitations.AnyAsync()));

        foreach (var (name, email, role, schoolId) in new[] { ("Ruth Coach", "ruth@school.example.org", "JobCoach", school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Sam Admin", "sam@hub.example.org", "HubAdmin", "") })
        {
            var sent = await admin.SubmitAsync(invitePath, new Dictionary<string, object?> { ["Input.Name"] = name, ["Input.Email"] = email, ["Role"] = role, ["SchoolId"] = schoolId });
            Assert.True(sent.Status == HttpStatusCode.Redirect, string.Join("; ", sent.ErrorSummary));
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchDueAsync(CancellationToken.None);
        }

        foreach (var (email, home) in new[] { ("ruth@school.example.org", "/coach"), ("sam@hub.example.org", "/admin") })
        {
            var mail = (await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == email))).Single();
            var link = InvitationTests.InvitationLink().Match(mail.TextBody!).Value;
            Assert.StartsWith("http://localhost/account/invitation/", link, StringComparison.Ordinal);
            using var invited = _app.CreateFormClient();
            var accepted = await invited.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
            Assert.Equal(home, accepted.Location);
            Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync(home)).Status);
        }

        var after = await admin.GetAsync("/admin");
        Assert.Null(after.Document.QuerySelector("[data-testid=checklist-coach] .govuk-tag"));
    }
}
