using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Employers;

/// <summary>
/// A new employer who confirms their e-mail address is waiting for approval: every hub administrator is
/// e-mailed once, through a real SMTP server, with a link to review them on the hub's public address.
/// </summary>
public sealed class SignUpNoticeTests
{
    [Fact]
    public async Task AVerifiedSignUp_TellsEveryHubAdministrator_Once()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var app = new SendCareersApp().WithSmtp(smtp).Set("Site:BaseUrl", "https://careers.example.org");
        var admins = await app.WithDbAsync(db => db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == "HubAdmin")))
            .Select(u => u.Email!).ToListAsync());
        Assert.NotEmpty(admins);
        using var employer = app.CreateFormClient();
        await SignUpDriver.SignUpAsync(employer, SignUpDriver.ValidAnswers("priya@wharfedale-bakery.example"));
        var verifyMail = Assert.Single(await smtp.WaitForAsync(_ => true, count: 1));
        smtp.Clear();

        // Before the address is confirmed, nobody is asked to review it.
        Assert.Equal(0, await DispatchAsync(app));

        var verified = await employer.SubmitAsync(SignUpDriver.VerifyPath(verifyMail), new Dictionary<string, object?>
        {
            ["Input.Password"] = "warm bread every morning",
            ["Input.ConfirmPassword"] = "warm bread every morning",
        });
        Assert.Equal(HttpStatusCode.Redirect, verified.Status);

        Assert.Equal(admins.Count, await DispatchAsync(app));
        var notices = await smtp.WaitForAsync(_ => true, count: admins.Count);
        Assert.Equal(admins.Order(), notices.Select(To).Order());
        var employerId = await app.WithDbAsync(db => db.Employers.Where(e => e.OrganisationName == "Wharfedale Bakery").Select(e => e.Id).SingleAsync());
        Assert.All(notices, m =>
        {
            Assert.Equal("New employer waiting for approval: Wharfedale Bakery", m.Subject);
            Assert.Contains($"https://careers.example.org/admin/employers/{employerId}", m.TextBody, StringComparison.Ordinal);
            Assert.Contains("because you are a hub administrator", m.TextBody, StringComparison.Ordinal);
        });
        Assert.Equal(0, await DispatchAsync(app));

        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/employers/{employerId}")).Status);
        Assert.Equal(EmployerStatus.AwaitingApproval, await app.WithDbAsync(db => db.Employers.Where(e => e.Id == employerId).Select(e => e.Status).SingleAsync()));
    }
}
