using System.Globalization;
using System.Net;
using MimeKit;
using SendCareers.Web.Tests.Employers;
using SendCareers.Web.Tests.Matching;
using SendCareers.Web.Tests.People;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;
using static SendCareers.Web.Tests.YoungPeople.ImportWorld;

namespace SendCareers.Web.Tests.HubSetup;

/// <summary>
/// Issue 16's day-one test, through the real app over HTTP (antiforgery and all) in Production on an
/// empty database with only the bootstrap settings: from the first administrator's sign-in to a
/// placement proposed to an employer, every e-mail through the real SMTP server, and nothing done to
/// the database or configuration by hand.
/// </summary>
public sealed class DayOneTests : IAsyncLifetime
{
    public const string AdminEmail = "first.admin@hub.example.org";
    public const string AdminPassword = "a long first password";
    public const string Password = "a long enough passphrase";
    public const string CoachEmail = "ruth.coach@calder-valley.example.org";
    public const string SecondAdminEmail = "sam.admin@hub.example.org";
    public const string EmployerEmail = "priya@wharfedale-bakery.example";
    public const string ColleagueEmail = "tom@wharfedale-bakery.example";

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
    public async Task AnEmptyHub_GetsFromItsFirstSignInToAProposedPlacement()
    {
        // 1. The bootstrap administrator signs in and sees everything left to do.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync(AdminEmail, AdminPassword);
        var dashboard = await Ok(admin, "/admin");
        Assert.Equal(["hub", "school", "coach", "employer"], FirstRunTests.ChecklistTodo(dashboard));

        // 2. Hub settings: name, contact, reminders and retention, on a page.
        var hub = await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?>
        {
            ["Name"] = "West Riding SEND Careers Hub",
            ["ContactEmail"] = "careers.hub@westriding.example.org",
            ["ContactPhone"] = "01924 496000",
            ["BriefingDaysBefore"] = "7, 1",
            ["RetentionYears"] = "6",
        });
        Assert.True(hub.Status == HttpStatusCode.Redirect, string.Join("; ", hub.ErrorSummary));
        Assert.Contains("West Riding SEND Careers Hub", (await Ok(admin, "/admin")).Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);

        // 3. Two schools.
        foreach (var (name, kind, postcode, urn, ukprn) in new[]
        {
            ("Calder Valley Special School", "SpecialSchool", "HX1 1AA", "107565", ""),
            ("Wakefield College", "FurtherEducationCollege", "WF1 2DH", "", "10007289"),
        })
        {
            var added = await admin.SubmitAsync("/admin/schools/new", new Dictionary<string, object?>
            {
                ["Name"] = name, ["Kind"] = kind, ["LocalAuthority"] = "Calderdale", ["Postcode"] = postcode, ["Urn"] = urn, ["Ukprn"] = ukprn,
            });
            Assert.True(added.Status == HttpStatusCode.Redirect, string.Join("; ", added.ErrorSummary));
        }

        var schools = await Ok(admin, "/admin/schools");
        Assert.Contains("Calder Valley Special School", schools.Text, StringComparison.Ordinal);
        Assert.Contains("Wakefield College", schools.Text, StringComparison.Ordinal);

        // 4. A job coach for the first school and a second administrator, invited by e-mail.
        var invite = await Ok(admin, "/admin/accounts/invite");
        var schoolOne = invite.Document.QuerySelectorAll("select[name=SchoolId] option")
            .Single(o => o.TextContent.Trim() == "Calder Valley Special School").GetAttribute("value");
        foreach (var (name, email, role, school) in new[] { ("Ruth Coach", CoachEmail, "JobCoach", schoolOne), ("Sam Admin", SecondAdminEmail, "HubAdmin", "") })
        {
            var sent = await admin.SubmitAsync("/admin/accounts/invite", new Dictionary<string, object?> { ["Input.Name"] = name, ["Input.Email"] = email, ["Role"] = role, ["SchoolId"] = school });
            Assert.True(sent.Status == HttpStatusCode.Redirect, string.Join("; ", sent.ErrorSummary));
        }

        Assert.Equal("2", (await Ok(admin, "/admin")).Document.QuerySelector("[data-testid=needs-you-invitations-count]")?.TextContent);
        using var coach = _app.CreateFormClient();
        var coachHome = await AcceptInvitationAsync(coach, CoachEmail, "/coach");
        Assert.Contains("Calder Valley Special School", coachHome.Text, StringComparison.Ordinal);
        using var secondAdmin = _app.CreateFormClient();
        await AcceptInvitationAsync(secondAdmin, SecondAdminEmail, "/admin");

        // 5. An employer signs up on the public pages, confirms its address, and the administrator approves it.
        using var employer = _app.CreateFormClient();
        var signedUp = await SignUpDriver.SignUpAsync(employer, SignUpDriver.ValidAnswers(EmployerEmail));
        Assert.Equal("/employers/sign-up/done", signedUp.Location);
        var verifyMail = await MailToAsync(EmployerEmail);
        var verified = await employer.SubmitAsync(SignUpDriver.VerifyPath(verifyMail), new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, verified.Status);
        Assert.Contains("Someone from the hub is checking your details", (await Ok(employer, verified.Location!)).Text, StringComparison.Ordinal);

        var queue = await Ok(admin, "/admin/employers?status=AwaitingApproval");
        var employerPage = queue.Document.QuerySelectorAll("a").Single(a => a.TextContent == "Wharfedale Bakery").GetAttribute("href")!;
        var approved = await admin.SubmitAsync(employerPage, new Dictionary<string, object?>(), action: $"{employerPage}?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Contains("is approved", (await Ok(admin, approved.Location!)).Text, StringComparison.Ordinal);
        Assert.Equal("Wharfedale Bakery has been approved", (await MailToAsync(EmployerEmail, count: 2)).Subject);
        Assert.Empty(FirstRunTests.ChecklistTodo(await Ok(admin, "/admin")));

        // 6. Its contact invites a colleague, who accepts and lands on the organisation's page.
        var colleagueSent = await employer.SubmitAsync("/my-organisation/colleagues", new Dictionary<string, object?>
        {
            ["Input.Name"] = "Tom Baker", ["Input.Email"] = ColleagueEmail,
        }, action: "/my-organisation/colleagues?handler=Invite");
        Assert.True(colleagueSent.Status == HttpStatusCode.Redirect, string.Join("; ", colleagueSent.ErrorSummary));
        using var colleague = _app.CreateFormClient();
        var colleagueHome = await AcceptInvitationAsync(colleague, ColleagueEmail, "/my-organisation");
        Assert.Equal("Wharfedale Bakery", colleagueHome.H1);
        Assert.Contains("Tom Baker", (await Ok(employer, "/my-organisation/colleagues")).Text, StringComparison.Ordinal);

        // 7. The coach imports 300 young people from the school's records system and confirms.
        var preview = await UploadToPreviewAsync(_app, coach, "SIMS student list.csv", School(300));
        var previewPage = await Ok(coach, preview);
        Assert.Contains("300 new young people added", previewPage.Text, StringComparison.Ordinal);
        Assert.All(Outcomes(previewPage).Values, o => Assert.Equal("New", o.Outcome)); // the first 200 are listed
        Assert.Equal(0, await _app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.YoungPeople))); // nothing saved before confirming
        var done = await Ok(coach, await ConfirmAsync(coach, preview));
        Assert.Contains("300 added, 0 updated, 0 unchanged, 0 refused", done.Text, StringComparison.Ordinal);
        var caseload = await Ok(coach, "/coach/young-people");
        Assert.Equal("Showing 1 to 50 of 300 young people", string.Join(' ', caseload.Document.QuerySelector("[data-testid=page-count]")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));

        // 8. The employer's colleague adds an opening.
        var openingFields = OpeningsTests.Valid();
        openingFields["Input.Title"] = "Helping in the bakery shop";
        var opened = await colleague.SubmitAsync("/my-organisation/openings/new", openingFields);
        Assert.True(opened.Status == HttpStatusCode.Redirect, string.Join("; ", opened.ErrorSummary));
        Assert.Contains("Helping in the bakery shop", (await Ok(colleague, "/my-organisation/openings")).Text, StringComparison.Ordinal);

        // 9. The coach opens one young person's matches and proposes the opening.
        var first = caseload.Document.QuerySelector("tbody a[href^='/coach/young-people/']")!;
        var personPath = first.GetAttribute("href")!;
        var personName = first.TextContent.Trim();
        var matches = await Ok(coach, personPath + "/matches");
        Assert.Contains("Helping in the bakery shop", matches.Text, StringComparison.Ordinal);
        var proposePath = matches.Document.QuerySelectorAll("a[href*='/propose/']")
            .Single(a => a.TextContent.Contains("Helping in the bakery shop", StringComparison.Ordinal)).GetAttribute("href")!;
        var proposed = await coach.SubmitAsync(proposePath, new Dictionary<string, object?>());
        Assert.True(proposed.Status == HttpStatusCode.Redirect, string.Join("; ", proposed.ErrorSummary));
        var profile = await Ok(coach, proposed.Location!);
        Assert.Equal(personName, profile.H1);
        Assert.Contains("Helping in the bakery shop", profile.Text, StringComparison.Ordinal);

        // 10. The employer's main contact is asked, by e-mail, to answer the proposal, seeing only the first name.
        var firstName = personName.Split(' ')[0];
        var waiting = await MailToAsync(EmployerEmail, count: 3);
        Assert.Equal($"{firstName} from Calder Valley Special School for \"Helping in the bakery shop\": can you take them?", waiting.Subject);
        var answerLink = Links(waiting, "/my-organisation/placements/").Single();
        var proposal = await Ok(employer, answerLink);
        Assert.Contains(firstName, proposal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(personName, proposal.Text, StringComparison.Ordinal);
        Assert.Contains(firstName, (await Ok(employer, "/my-organisation/placements")).Text, StringComparison.Ordinal);
    }

    private async Task<FormClient.PageResult> AcceptInvitationAsync(FormClient client, string email, string home)
    {
        var mail = await MailToAsync(email);
        var link = InvitationTests.InvitationLink().Match(mail.TextBody!).Value;
        Assert.StartsWith("http://localhost/account/invitation/", link, StringComparison.Ordinal);
        var accepted = await client.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        Assert.Equal(home, accepted.Location);
        return await Ok(client, home);
    }

    /// <summary>Sends what is due, then the newest of <paramref name="count"/> e-mails to this address.</summary>
    private async Task<MimeMessage> MailToAsync(string email, int count = 1)
    {
        await DispatchAsync(_app);
        var arrived = await _smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)), count);
        return arrived[^1];
    }

    private async Task<FormClient.PageResult> Ok(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url}: {(int)page.Status} {page.Location} {string.Join("\n", _app.Errors.Entries)}");
        return page;
    }
}
