using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.People;

/// <summary>
/// Deactivating an account when someone leaves: a copied session cookie is refused on the next request,
/// sign-in is refused, the calendar link stops, and the coach's young people stay with their school for
/// the next coach. Reactivating lets them back in. A coach's move to another school is kept as history.
/// Employer contacts: the main contact, and so the last, cannot be removed.
/// </summary>
public sealed class AccountLifecycleTests : IAsyncLifetime
{
    private const string Coach = "coach@sendcareers.test";
    private const string Password = "a long enough passphrase";
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task DeactivatedCoach_LosesSessionAndCalendar_AndTheirYoungPeopleStayWithTheSchool()
    {
        var coachUser = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == Coach));
        var cookies = new CopyableCookies();
        using var coach = _app.CreateCopyableClient(cookies);
        await coach.SignInAsync(Coach);
        var before = Names(await coach.GetAsync("/coach/young-people"));
        Assert.NotEmpty(before);
        var made = await coach.SubmitAsync("/calendar", new Dictionary<string, object?>(), action: "/calendar?handler=Make");
        var feed = new Uri(made.Document.QuerySelector("[data-testid=calendar-address]")!.GetAttribute("value")!).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(feed));

        // A second coach at the same school, by invitation.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        await admin.SubmitAsync("/admin/accounts/invite", new Dictionary<string, object?>
        {
            ["Input.Name"] = "Next Coach", ["Input.Email"] = "next.coach@example.org", ["Role"] = "JobCoach", ["SchoolId"] = coachUser.SchoolId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await DispatchAsync();
        var mail = (await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "next.coach@example.org"))).Single();
        using var next = _app.CreateFormClient();
        var link = InvitationTests.InvitationLink().Match(mail.TextBody!).Value;
        await next.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });

        var coachesBefore = await CoachesShownAsync(admin, coachUser.SchoolId!.Value);
        var deactivated = await admin.SubmitAsync($"/admin/accounts/{coachUser.Id}", new Dictionary<string, object?>(), action: $"/admin/accounts/{coachUser.Id}?handler=Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.Status);

        // The schools page counts only the coaches who can still work there.
        Assert.Equal(coachesBefore - 1, await CoachesShownAsync(admin, coachUser.SchoolId!.Value));

        var refused = await coach.GetAsync("/coach/young-people");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Contains("/account/sign-in", refused.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(feed));

        using var again = _app.CreateFormClient();
        var signIn = await again.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = Coach, ["Input.Password"] = "SendCareers-Demo-1" });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.Status);
        Assert.Contains(signIn.ErrorSummary, e => e.Contains("closed", StringComparison.Ordinal));

        // Nothing of theirs is lost: the next coach at the school sees the same young people.
        Assert.Equal(before, Names(await next.GetAsync("/coach/young-people")));
        Assert.True(await _app.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "Deactivated an account" && a.SubjectId == coachUser.Id)));

        // Reactivated, they can sign in again; the old calendar link stays stopped.
        await admin.SubmitAsync($"/admin/accounts/{coachUser.Id}", new Dictionary<string, object?>(), action: $"/admin/accounts/{coachUser.Id}?handler=Reactivate");
        using var back = _app.CreateFormClient();
        await back.SignInAsync(Coach);
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(feed));
    }

    private static async Task<int> CoachesShownAsync(FormClient admin, int schoolId)
    {
        var page = await admin.GetAsync("/admin/schools");
        var cell = page.Document.QuerySelector($"tr[data-school='{schoolId}'] [data-testid=coaches]")!;
        return int.Parse(cell.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Administrator_CannotDeactivateThemself()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var id = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@sendcareers.test").Select(u => u.Id).SingleAsync());
        var page = await admin.GetAsync($"/admin/accounts/{id}");
        Assert.Contains("You cannot deactivate your own account", page.Text, StringComparison.Ordinal);
        var form = await admin.GetAsync("/admin/accounts/invite");
        var token = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await admin.PostAsync($"/admin/accounts/{id}?handler=Deactivate", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Null(await _app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DeactivatedAtUtc).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task MovingACoach_KeepsTheHistory_AuditsIt_AndEndsTheirSession()
    {
        var coachUser = await _app.WithDbAsync(db => db.Users.Include(u => u.School).SingleAsync(u => u.Email == Coach));
        var to = await _app.WithDbAsync(db => db.Schools.FirstAsync(s => s.Id != coachUser.SchoolId));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var here = $"/admin/accounts/{coachUser.Id}";

        var same = await admin.SubmitAsync(here, new Dictionary<string, object?> { ["SchoolId"] = coachUser.SchoolId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) }, action: $"{here}?handler=ChangeSchool");
        Assert.Equal(HttpStatusCode.BadRequest, same.Status);
        Assert.Contains(same.ErrorSummary, e => e.Contains("is already at", StringComparison.Ordinal));
        var bogus = await admin.SubmitAsync(here, new Dictionary<string, object?> { ["SchoolId"] = "99999" }, action: $"{here}?handler=ChangeSchool");
        Assert.Equal(HttpStatusCode.BadRequest, bogus.Status);

        var moved = await admin.SubmitAsync(here, new Dictionary<string, object?> { ["SchoolId"] = to.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, action: $"{here}?handler=ChangeSchool");
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        var page = await admin.GetAsync(here);
        Assert.Equal(to.Name, page.Document.QuerySelector("[data-testid=school]")!.TextContent.Trim());
        Assert.Contains($"moved from {coachUser.School!.Name} to {to.Name}", page.Document.QuerySelector("[data-testid=history]")!.TextContent, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "Moved a job coach to another school" && a.SubjectId == coachUser.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await coach.GetAsync("/coach")).Status);
    }

    [Fact]
    public async Task EmployerContacts_MainAndLastCannotBeRemoved_OthersLeaveWithoutLosingHistory()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var employer = await _app.WithDbAsync(db => db.Employers.SingleAsync(e => e.ContactEmail == "employer@sendcareers.test"));
        var main = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.Id).SingleAsync());
        var here = $"/admin/employers/{employer.Id}/contacts";

        using var contact = _app.CreateFormClient();
        await contact.SignInAsync("employer@sendcareers.test");
        var self = await contact.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?> { ["userId"] = main }, action: "/my-organisation/colleagues?handler=Invite", postTo: "/my-organisation/colleagues?handler=Remove");
        Assert.Equal(HttpStatusCode.BadRequest, self.Status);

        var last = await admin.SubmitAsync(here, new Dictionary<string, object?> { ["userId"] = main }, action: $"{here}?handler=Invite", postTo: $"{here}?handler=Remove");
        Assert.Equal(HttpStatusCode.BadRequest, last.Status);
        Assert.Contains(last.ErrorSummary, e => e.Contains("only contact", StringComparison.Ordinal));

        await admin.SubmitAsync(here, new Dictionary<string, object?> { ["Input.Name"] = "Sam Colleague", ["Input.Email"] = "sam@example.org" }, action: $"{here}?handler=Invite");
        await DispatchAsync();
        var mail = (await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "sam@example.org"))).Single();
        using var sam = _app.CreateFormClient();
        var accepted = await sam.SubmitAsync(new Uri(InvitationTests.InvitationLink().Match(mail.TextBody!).Value).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        Assert.Equal("/my-organisation", accepted.Location);
        var samId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "sam@example.org").Select(u => u.Id).SingleAsync());

        var mainRemoved = await admin.SubmitAsync(here, new Dictionary<string, object?> { ["userId"] = main }, action: $"{here}?handler=Invite", postTo: $"{here}?handler=Remove");
        Assert.Equal(HttpStatusCode.BadRequest, mainRemoved.Status);
        Assert.Contains(mainRemoved.ErrorSummary, e => e.Contains("main contact", StringComparison.Ordinal));

        var removed = await admin.SubmitAsync(here, new Dictionary<string, object?> { ["userId"] = samId }, action: $"{here}?handler=Invite", postTo: $"{here}?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await sam.GetAsync("/my-organisation")).Status);
        var listed = (await admin.GetAsync(here)).Document.QuerySelector("[data-testid='contact-sam@example.org']")!;
        Assert.Contains("Left", listed.TextContent, StringComparison.Ordinal);
        Assert.Equal(employer.Id, await _app.WithDbAsync(db => db.Users.Where(u => u.Id == samId).Select(u => u.EmployerId).SingleAsync()));
        Assert.Equal("employer@sendcareers.test", await _app.WithDbAsync(db => db.Employers.Where(e => e.Id == employer.Id).Select(e => e.ContactEmail).SingleAsync()));
    }

    [Fact]
    public async Task DeactivatedAdministrator_IsNotToldAboutNewSignUps()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        await admin.SubmitAsync("/admin/accounts/invite", new Dictionary<string, object?> { ["Input.Name"] = "Gone Admin", ["Input.Email"] = "gone.admin@example.org", ["Role"] = "HubAdmin", ["SchoolId"] = "" });
        await DispatchAsync();
        var mail = (await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "gone.admin@example.org"))).Single();
        using var gone = _app.CreateFormClient();
        await gone.SubmitAsync(new Uri(InvitationTests.InvitationLink().Match(mail.TextBody!).Value).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        var goneId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "gone.admin@example.org").Select(u => u.Id).SingleAsync());
        var deactivated = await admin.SubmitAsync($"/admin/accounts/{goneId}", new Dictionary<string, object?>(), action: $"/admin/accounts/{goneId}?handler=Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.Status);
        _smtp.Clear();

        using var employer = _app.CreateFormClient();
        await SendCareers.Web.Tests.Employers.SignUpDriver.SignUpAsync(employer, SendCareers.Web.Tests.Employers.SignUpDriver.ValidAnswers("priya@wharfedale-bakery.example"));
        var verifyMail = Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1));
        await employer.SubmitAsync(SendCareers.Web.Tests.Employers.SignUpDriver.VerifyPath(verifyMail), new Dictionary<string, object?> { ["Input.Password"] = "warm bread every morning", ["Input.ConfirmPassword"] = "warm bread every morning" });
        await DispatchAsync();
        await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "admin@sendcareers.test"));
        Assert.DoesNotContain(_smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == "gone.admin@example.org"));
    }

    [Fact]
    public async Task DeactivatedCoach_GetsNoReminderAlreadyScheduledForThem()
    {
        var coachUser = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == Coach));
        var cancelledBefore = await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.RecipientEmail == Coach && m.State == MessageState.Cancelled));

        // A notice for the coach is written (an employer answered their proposal) before they leave.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SendCareers.Web.Data.AppDbContext>();
            var placement = await db.Placements.FirstAsync(p => p.JobCoachUserId == coachUser.Id);
            await scope.ServiceProvider.GetRequiredService<Notices>().ToCoachesAsync(Notices.ProposalAnswered, placement, "agreed", CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var due = await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.RecipientEmail == Coach && m.State == MessageState.Pending));
        Assert.True(due > 0, "a notice waits for the coach");

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        await admin.SubmitAsync($"/admin/accounts/{coachUser.Id}", new Dictionary<string, object?>(), action: $"/admin/accounts/{coachUser.Id}?handler=Deactivate");
        await DispatchAsync();

        Assert.DoesNotContain(_smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == Coach));
        Assert.Equal(cancelledBefore + due, await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.RecipientEmail == Coach && m.State == MessageState.Cancelled)));
    }

    /// <summary>
    /// A coach who leaves has placements under way. Until another coach takes each one on, its reminders
    /// would reach nobody at the school, and a young person whose family has no e-mail would hear nothing:
    /// the school's other coach is told, chooses themselves, and the reminders still to come follow them.
    /// </summary>
    [Fact]
    public async Task DeactivatedCoachsPlacements_AreTakenOnByAnotherCoach_WithTheirReminders()
    {
        var coachUser = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == Coach));
        // A placement the coach confirmed for a Monday at least two weeks ahead, so every briefing is still to come.
        var seeded = await SendCareers.Web.Tests.Placements.PlacementWorld.SeedAsync(_app, SendCareers.Domain.Placements.PlacementState.Agreed);
        var (placementId, personId) = (seeded.PlacementId, seeded.YoungPersonId);
        // Their family has no e-mail address, so the young person's Easy Read messages go to the coach.
        await _app.WithDbAsync(async db =>
        {
            var person = await db.YoungPeople.SingleAsync(p => p.Id == personId);
            person.FamilyContactEmail = null;
            return await db.SaveChangesAsync();
        });
        var start = DateTime.UtcNow.Date.AddDays(14);
        while (start.DayOfWeek != DayOfWeek.Monday)
        {
            start = start.AddDays(1);
        }

        var end = start.AddDays(2);
        using (var coach = _app.CreateFormClient())
        {
            await coach.SignInAsync(Coach);
            var confirmed = await coach.SubmitAsync($"/coach/placements/{placementId}/confirm", new Dictionary<string, object?>
            {
                ["StartDate.Day"] = start.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), ["StartDate.Month"] = start.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), ["StartDate.Year"] = start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["EndDate.Day"] = end.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndDate.Month"] = end.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndDate.Year"] = end.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["TravelPlan"] = "Bus 42 with mum on the first day",
            });
            Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        }

        Assert.True(await _app.WithDbAsync(db => db.ScheduledMessages.AnyAsync(m => m.SubjectType == "placement" && m.SubjectId == placementId && m.RecipientEmail == Coach && m.DedupeKey.EndsWith($":young-person-{personId}"))),
            "the young person's Easy Read briefing was planned to the coach");

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        using var next = await InviteCoachAsync(admin, "taking.over@example.org", coachUser.SchoolId!.Value);
        var nextId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "taking.over@example.org").Select(u => u.Id).SingleAsync());
        await admin.SubmitAsync($"/admin/accounts/{coachUser.Id}", new Dictionary<string, object?>(), action: $"/admin/accounts/{coachUser.Id}?handler=Deactivate");
        await DispatchAsync(); // what was due for the coach who left is cancelled, not sent

        // The school's other coach is told on their dashboard, and the placements page leads to the change.
        var gone = await CoachGoneCountAsync(next);
        Assert.True(gone >= 1, "Needs you counts the placement whose coach has left");
        var list = await next.GetAsync("/coach/placements");
        Assert.Contains(list.Document.QuerySelectorAll("[data-testid=coach-gone] a"), a => a.GetAttribute("href") == $"/coach/placements/{placementId}/job-coach");
        var form = await next.GetAsync($"/coach/placements/{placementId}/job-coach");
        Assert.Contains("has left", form.Document.QuerySelector("[data-testid=current-coach]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(form.Document.QuerySelectorAll("input[name=JobCoach]"), i => i.GetAttribute("value") == coachUser.Id);

        // A coach from another school is not a choice; nothing changes.
        var otherSchoolCoach = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "coach.hollin@sendcareers.test").Select(u => u.Id).SingleAsync());
        var refused = await next.SubmitAsync($"/coach/placements/{placementId}/job-coach", new Dictionary<string, object?> { ["JobCoach"] = otherSchoolCoach });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Choose the job coach who will support them", refused.ErrorSummary);
        Assert.Equal(coachUser.Id, await _app.WithDbAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.JobCoachUserId).SingleAsync()));

        var done = await next.SubmitAsync($"/coach/placements/{placementId}/job-coach", new Dictionary<string, object?> { ["JobCoach"] = nextId });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(nextId, await _app.WithDbAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.JobCoachUserId).SingleAsync()));
        Assert.True(await _app.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action.StartsWith("Changed the placement's job coach") && a.SubjectId == placementId.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        // The briefings still to come: the new coach's own, and the young person's Easy Read, to the new coach.
        var pending = await _app.WithDbAsync(db => db.ScheduledMessages
            .Where(m => m.SubjectType == "placement" && m.SubjectId == placementId && m.State == MessageState.Pending)
            .Select(m => new { m.DedupeKey, m.RecipientEmail }).ToListAsync());
        Assert.DoesNotContain(pending, m => m.RecipientEmail == Coach);
        Assert.Contains(pending, m => m.DedupeKey.EndsWith($":coach-{nextId}", StringComparison.Ordinal) && m.RecipientEmail == "taking.over@example.org");
        Assert.Contains(pending, m => m.DedupeKey.EndsWith($":young-person-{personId}", StringComparison.Ordinal) && m.RecipientEmail == "taking.over@example.org");

        // It waits no more (the demo's internship under way with the same coach still does).
        Assert.Equal(gone - 1, await CoachGoneCountAsync(next));
        Assert.DoesNotContain((await next.GetAsync("/coach/placements")).Document.QuerySelectorAll("[data-testid=coach-gone] a"), a => a.GetAttribute("href") == $"/coach/placements/{placementId}/job-coach");
    }

    private static async Task<int> CoachGoneCountAsync(FormClient client) =>
        (await client.GetAsync("/coach")).Document.QuerySelector("[data-testid=needs-you-coach-gone-count]") is { } count
            ? int.Parse(count.TextContent, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private async Task<FormClient> InviteCoachAsync(FormClient admin, string email, int schoolId)
    {
        await admin.SubmitAsync("/admin/accounts/invite", new Dictionary<string, object?>
        {
            ["Input.Name"] = "Taking Over", ["Input.Email"] = email, ["Role"] = "JobCoach", ["SchoolId"] = schoolId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await DispatchAsync();
        var mail = (await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == email))).Single();
        var client = _app.CreateFormClient();
        var link = InvitationTests.InvitationLink().Match(mail.TextBody!).Value;
        await client.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        return client;
    }

    private static List<string> Names(FormClient.PageResult page) =>
        [.. page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim()).Order()];

    private async Task<HttpStatusCode> FetchAsync(string path)
    {
        using var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private async Task DispatchAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchDueAsync(CancellationToken.None);
    }
}
