using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.People;

/// <summary>
/// Accounts by invitation, end to end through the real SMTP server: the e-mail arrives, its link works once
/// and only once, expires, dies when resent or cancelled, and lands the new person signed in on their own
/// home page with the invited role, school or organisation. Hostile requests change nothing.
/// </summary>
public sealed partial class InvitationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private const string Password = "a long enough passphrase";
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp).WithClock(Start);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task InvitedCoach_ArrivesByEmail_LinkWorksOnce_AndLandsOnTheirSchoolsDashboard()
    {
        using var admin = await SignedInAsync("admin@sendcareers.test");
        var school = await _app.WithDbAsync(db => db.Schools.OrderBy(s => s.Id).Skip(1).FirstAsync());
        var sent = await InviteStaffAsync(admin, "New Coach", "new.coach@example.org", "JobCoach", school.Id);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var waiting = await admin.GetAsync("/admin/accounts");
        Assert.NotNull(waiting.Document.QuerySelector("[data-testid='invitation-new.coach@example.org']"));

        var (link, mail) = await LinkAsync("new.coach@example.org");
        Assert.Contains(school.Name, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("new.coach", link, StringComparison.Ordinal);

        using var invited = _app.CreateFormClient();
        var page = await invited.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal("Accept your invitation", page.H1);
        Assert.Contains($"Job coach, {school.Name}", page.Text, StringComparison.Ordinal);

        // Passwords that do not match, or are too short: the message beside the field, no account, the link still works.
        var mismatched = await invited.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password + "x" });
        Assert.Equal(HttpStatusCode.BadRequest, mismatched.Status);
        Assert.NotEmpty(mismatched.ErrorSummary);
        var tooShort = await invited.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.Status);
        Assert.NotNull(tooShort.FieldError("password"));
        Assert.False(await _app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "new.coach@example.org")));

        var accepted = await AcceptAsync(invited, link);
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal("/coach", accepted.Location);
        var dashboard = await invited.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Contains(school.Name, dashboard.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync("/coach/young-people")).Status);

        var user = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "new.coach@example.org"));
        Assert.Equal(school.Id, user.SchoolId);
        Assert.Null(user.EmployerId);
        Assert.Equal(1, await _app.WithDbAsync(db => db.SchoolMoves.CountAsync(m => m.UserId == user.Id && m.ToSchoolId == school.Id)));

        // Once only: the same link, again, makes nothing.
        using var replay = _app.CreateFormClient();
        var again = await replay.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal("This invitation link has stopped working", again.H1);
        Assert.Null(again.Document.QuerySelector("input[name='Input.Password']"));
        var token = (await admin.GetAsync("/admin/accounts/invite")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await admin.PostAsync(new Uri(link).PathAndQuery, [new("__RequestVerificationToken", token), new("Input.Password", "another long passphrase"), new("Input.ConfirmPassword", "another long passphrase")]);
        Assert.Equal("This invitation link has stopped working", posted.H1);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "new.coach@example.org")));
        Assert.Null((await admin.GetAsync("/admin/accounts")).Document.QuerySelector("[data-testid='invitation-new.coach@example.org']"));

        // And they can sign in with the password they chose.
        using var later = _app.CreateFormClient();
        await later.SignInAsync("new.coach@example.org", Password);
    }

    [Fact]
    public async Task InvitedAdministrator_LandsOnTheAdminDashboard()
    {
        using var admin = await SignedInAsync("admin@sendcareers.test");
        await InviteStaffAsync(admin, "Second Admin", "second.admin@example.org", "HubAdmin", null);
        var (link, _) = await LinkAsync("second.admin@example.org");
        using var invited = _app.CreateFormClient();
        var accepted = await AcceptAsync(invited, link);
        Assert.Equal("/admin", accepted.Location);
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync("/admin/accounts")).Status);
    }

    [Fact]
    public async Task Resend_KillsTheOldLink_Cancel_KillsTheNewOne_AndExpiry_KillsAny()
    {
        var admin = await SignedInAsync("admin@sendcareers.test");
        await InviteStaffAsync(admin, "Pat Resent", "pat@example.org", "HubAdmin", null);
        var (first, _) = await LinkAsync("pat@example.org");
        var id = await _app.WithDbAsync(db => db.Invitations.Where(i => i.Email == "pat@example.org").Select(i => i.Id).SingleAsync());

        var resent = await admin.SubmitAsync("/admin/accounts", new Dictionary<string, object?> { ["invitationId"] = id }, action: "/admin/accounts?handler=Resend");
        Assert.Equal(HttpStatusCode.Redirect, resent.Status);
        using var visitor = _app.CreateFormClient();
        Assert.Equal("This invitation link has stopped working", (await visitor.GetAsync(new Uri(first).PathAndQuery)).H1);
        var (second, _) = await LinkAsync("pat@example.org", count: 2);
        Assert.NotEqual(first, second);
        Assert.Equal("Accept your invitation", (await visitor.GetAsync(new Uri(second).PathAndQuery)).H1);

        // Expires after 7 days.
        _app.Clock!.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal("This invitation link has stopped working", (await visitor.GetAsync(new Uri(second).PathAndQuery)).H1);
        // The administrator's own session has long ended too (8 hours at most): sign in again.
        admin.Dispose();
        admin = await SignedInAsync("admin@sendcareers.test");
        var expiredRow = (await admin.GetAsync("/admin/accounts")).Document.QuerySelector("[data-testid='invitation-pat@example.org']")!;
        Assert.Contains("Expired", expiredRow.TextContent, StringComparison.Ordinal);

        // Sent again, it works again; cancelled, it stops.
        await admin.SubmitAsync("/admin/accounts", new Dictionary<string, object?> { ["invitationId"] = id }, action: "/admin/accounts?handler=Resend");
        var (third, _) = await LinkAsync("pat@example.org", count: 3);
        Assert.Equal("Accept your invitation", (await visitor.GetAsync(new Uri(third).PathAndQuery)).H1);
        var cancelled = await admin.SubmitAsync("/admin/accounts", new Dictionary<string, object?> { ["invitationId"] = id }, action: "/admin/accounts?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal("This invitation link has stopped working", (await visitor.GetAsync(new Uri(third).PathAndQuery)).H1);
        Assert.False(await _app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "pat@example.org")));
        admin.Dispose();
    }

    [Fact]
    public async Task InvitingAnAddressWithAnAccount_SaysSoKindly_AndMakesNoInvitation()
    {
        using var admin = await SignedInAsync("admin@sendcareers.test");
        var refused = await InviteStaffAsync(admin, "Already Here", "COACH@sendcareers.test", "HubAdmin", null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(refused.ErrorSummary, e => e.Contains("already has a SendCareers account", StringComparison.Ordinal));
        Assert.Equal("COACH@sendcareers.test", refused.Document.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        Assert.False(await _app.WithDbAsync(db => db.Invitations.AnyAsync()));

        Assert.Contains("already has a SendCareers account", refused.FieldError("email"), StringComparison.Ordinal);

        var empty = await InviteStaffAsync(admin, "", "not an address", "JobCoach", null);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(3, empty.ErrorSummary.Count);
        Assert.Equal("Enter their full name", empty.FieldError("name"));
        Assert.Equal("Enter an e-mail address in the correct format, like name@example.com", empty.FieldError("email"));
        Assert.Equal("Choose the school or college they will work for", empty.FieldError("school-id"));
        Assert.Equal("not an address", empty.Document.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));

        // A school id that is not a school, a role that is not offered, and an address already invited.
        var bogusSchool = await InviteStaffAsync(admin, "Some One", "some.one@example.org", "JobCoach", 99999);
        Assert.Equal(HttpStatusCode.BadRequest, bogusSchool.Status);
        Assert.Equal("Choose a school or college from the list", bogusSchool.FieldError("school-id"));
        var employerRole = await InviteStaffAsync(admin, "Some One", "some.one@example.org", "Employer", null);
        Assert.Equal(HttpStatusCode.BadRequest, employerRole.Status);
        Assert.False(await _app.WithDbAsync(db => db.Invitations.AnyAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await InviteStaffAsync(admin, "Some One", "some.one@example.org", "HubAdmin", null)).Status);
        var twice = await InviteStaffAsync(admin, "Some One", "Some.One@example.org", "HubAdmin", null);
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
        Assert.Contains("waiting to be accepted", twice.FieldError("email"), StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Invitations.CountAsync()));
    }

    [Fact]
    public async Task EmployerContact_InvitesAColleague_ToTheirOwnOrganisationOnly()
    {
        using var employer = await SignedInAsync("employer@sendcareers.test");
        var ownId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync());
        var otherId = await _app.WithDbAsync(db => db.Employers.Where(e => e.Id != ownId).Select(e => e.Id).FirstAsync());

        // A posted EmployerId is not even read: the organisation comes from the sign-in.
        var sent = await employer.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?>
        {
            ["Input.Name"] = "Col League",
            ["Input.Email"] = "colleague@example.org",
            ["EmployerId"] = otherId,
            ["Id"] = otherId,
        }, action: "/my-organisation/colleagues?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var (link, _) = await LinkAsync("colleague@example.org");
        using var colleague = _app.CreateFormClient();
        var accepted = await AcceptAsync(colleague, link);
        Assert.Equal("/my-organisation", accepted.Location);
        Assert.Equal(ownId, await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "colleague@example.org").Select(u => u.EmployerId).SingleAsync()));

        // Another organisation's invitation cannot be resent or cancelled from here.
        using var admin = await SignedInAsync("admin@sendcareers.test");
        var byAdmin = await admin.SubmitAsync($"/admin/employers/{otherId}/contacts", new Dictionary<string, object?> { ["Input.Name"] = "Other Person", ["Input.Email"] = "other@example.org" }, action: $"/admin/employers/{otherId}/contacts?handler=Invite");
        Assert.True(byAdmin.Status == HttpStatusCode.Redirect, $"{byAdmin.Status}: {string.Join("; ", byAdmin.ErrorSummary)} {_app.Errors.Entries.FirstOrDefault()}");
        var otherInvitation = await _app.WithDbAsync(db => db.Invitations.SingleAsync(i => i.Email == "other@example.org"));
        Assert.Equal(otherId, otherInvitation.EmployerId);
        var hostile = await employer.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?> { ["invitationId"] = otherInvitation.Id }, action: "/my-organisation/colleagues?handler=Invite", postTo: "/my-organisation/colleagues?handler=Cancel");
        Assert.Equal(HttpStatusCode.NotFound, hostile.Status);
        var resend = await employer.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?> { ["invitationId"] = otherInvitation.Id }, action: "/my-organisation/colleagues?handler=Invite", postTo: "/my-organisation/colleagues?handler=Resend");
        Assert.Equal(HttpStatusCode.NotFound, resend.Status);
        var untouched = await _app.WithDbAsync(db => db.Invitations.SingleAsync(i => i.Id == otherInvitation.Id));
        Assert.Null(untouched.CancelledAtUtc);
        Assert.Equal(1, untouched.Sends);
        Assert.Null((await employer.GetAsync("/my-organisation/colleagues")).Document.QuerySelector("[data-testid='invitation-other@example.org']"));

        // Nor by the hub administrator from the wrong place: the staff list, or another organisation's contacts.
        var asStaff = await admin.SubmitAsync("/admin/accounts/invite", new Dictionary<string, object?> { ["invitationId"] = otherInvitation.Id }, postTo: "/admin/accounts?handler=Cancel");
        Assert.Equal(HttpStatusCode.NotFound, asStaff.Status);
        var wrongOrganisation = await admin.SubmitAsync($"/admin/employers/{ownId}/contacts", new Dictionary<string, object?> { ["invitationId"] = otherInvitation.Id }, action: $"/admin/employers/{ownId}/contacts?handler=Invite", postTo: $"/admin/employers/{ownId}/contacts?handler=Cancel");
        Assert.Equal(HttpStatusCode.NotFound, wrongOrganisation.Status);
        Assert.Null((await _app.WithDbAsync(db => db.Invitations.SingleAsync(i => i.Id == otherInvitation.Id))).CancelledAtUtc);

        // The other organisation's person accepts: they belong to that organisation, not this one.
        var (otherLink, _) = await LinkAsync("other@example.org");
        using var otherPerson = _app.CreateFormClient();
        Assert.Equal("/my-organisation", (await AcceptAsync(otherPerson, otherLink)).Location);

        // Nor can another organisation's contact be removed or made main.
        var otherContact = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "other@example.org").Select(u => u.Id).SingleAsync());
        Assert.Equal(otherId, await _app.WithDbAsync(db => db.Users.Where(u => u.Id == otherContact).Select(u => u.EmployerId).SingleAsync()));
        var makeOtherMain = await employer.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?> { ["userId"] = otherContact }, action: "/my-organisation/colleagues?handler=Invite", postTo: "/my-organisation/colleagues?handler=MakeMain");
        Assert.Equal(HttpStatusCode.NotFound, makeOtherMain.Status);
        var colleagueId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "colleague@example.org").Select(u => u.Id).SingleAsync());
        var remove = await employer.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?> { ["userId"] = otherContact }, action: "/my-organisation/colleagues?handler=Invite", postTo: "/my-organisation/colleagues?handler=Remove");
        Assert.Equal(HttpStatusCode.NotFound, remove.Status);
        Assert.Null(await _app.WithDbAsync(db => db.Users.Where(u => u.Id == otherContact).Select(u => u.DeactivatedAtUtc).SingleAsync()));
        var self = await employer.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?> { ["userId"] = colleagueId }, action: "/my-organisation/colleagues?handler=MakeMain");
        Assert.Equal(HttpStatusCode.Redirect, self.Status);
        Assert.Equal("colleague@example.org", await _app.WithDbAsync(db => db.Employers.Where(e => e.Id == ownId).Select(e => e.ContactEmail).SingleAsync()));
    }

    [Fact]
    public async Task Coach_CannotInvite_NorSeeInvitations()
    {
        using var coach = await SignedInAsync("coach@sendcareers.test");
        using var employer = await SignedInAsync("employer@sendcareers.test");
        var coachId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "coach.hollin@sendcareers.test").Select(u => u.Id).SingleAsync());
        var employerId = await _app.WithDbAsync(db => db.Employers.Select(e => e.Id).FirstAsync());
        foreach (var path in new[] { "/admin/accounts", "/admin/accounts/invite", $"/admin/accounts/{coachId}", $"/admin/employers/{employerId}/contacts" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync(path)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync(path)).Status);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("/my-organisation/colleagues")).Status);
        using var admin = await SignedInAsync("admin@sendcareers.test");
        var form = await admin.GetAsync("/admin/accounts/invite");
        var token = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await coach.PostAsync("/admin/accounts/invite", [new("__RequestVerificationToken", token), new("Input.Name", "X"), new("Input.Email", "x@example.org"), new("Role", "HubAdmin")]);
        Assert.NotEqual(HttpStatusCode.Redirect, posted.Status);
        Assert.False(await _app.WithDbAsync(db => db.Invitations.AnyAsync()));
    }

    private async Task<FormClient> SignedInAsync(string email)
    {
        var client = _app.CreateFormClient();
        await client.SignInAsync(email);
        return client;
    }

    private static Task<FormClient.PageResult> InviteStaffAsync(FormClient admin, string name, string email, string role, int? schoolId) =>
        admin.SubmitAsync("/admin/accounts/invite", new Dictionary<string, object?>
        {
            ["Input.Name"] = name,
            ["Input.Email"] = email,
            ["Role"] = role,
            ["SchoolId"] = schoolId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });

    private static Task<FormClient.PageResult> AcceptAsync(FormClient client, string link) =>
        client.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });

    /// <summary>Dispatches due messages and returns the link of the newest invitation e-mail to this address.</summary>
    private async Task<(string Link, MimeKit.MimeMessage Mail)> LinkAsync(string email, int count = 1)
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchDueAsync(CancellationToken.None);
        }

        var arrived = await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)), count);
        var mail = arrived[^1];
        return (InvitationLink().Match(mail.TextBody!).Value, mail);
    }

    [GeneratedRegex(@"https?://\S+/account/invitation/[A-Za-z0-9_-]+")]
    internal static partial Regex InvitationLink();
}
