using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Employers;

/// <summary>The foundation journey end to end on a real SQLite file: sign up, verify, approve, listed.</summary>
public sealed class SignUpJourneyTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SignUp_Verify_Approve_ThenListedPublicly()
    {
        using var employer = _app.CreateFormClient();
        var done = await SignUpDriver.SignUpAsync(employer, SignUpDriver.ValidAnswers("priya@wharfedale-bakery.example"));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("/employers/sign-up/done", done.Location);
        Assert.Equal("Sign-up received", (await employer.GetAsync(done.Location!)).H1);

        var stored = await _app.WithDbAsync(db => db.Employers.SingleAsync(e => e.OrganisationName == "Wharfedale Bakery"));
        Assert.Equal(EmployerStatus.AwaitingVerification, stored.Status);
        Assert.Equal("LS1 4AP", stored.Postcode);
        Assert.Equal("LS1", stored.OutwardCode);
        Assert.True(stored.LocationKnown);
        Assert.Equal(12, stored.HoursPledgedPerYear);
        Assert.Equal(SendCareers.Domain.Vocabulary.WeekDays.Tuesday | SendCareers.Domain.Vocabulary.WeekDays.Thursday, stored.Days);
        Assert.Equal(10, stored.TravelMiles);

        // Not listed, and not in the admin's approval queue, until the address is confirmed.
        using var visitor = _app.CreateFormClient();
        Assert.DoesNotContain("Wharfedale Bakery", (await visitor.GetAsync("/our-employers")).Text, StringComparison.Ordinal);

        var mail = Assert.Single(_app.PickedUpMail());
        Assert.Equal("priya@wharfedale-bakery.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Dear Priya Shah", mail.TextBody, StringComparison.Ordinal);
        var verify = SignUpDriver.VerifyPath(mail);
        Assert.DoesNotContain("priya", verify, StringComparison.OrdinalIgnoreCase); // the link carries a token, not personal data

        var verified = await employer.SubmitAsync(verify, new Dictionary<string, object?>
        {
            ["Input.Password"] = "warm bread every morning",
            ["Input.ConfirmPassword"] = "warm bread every morning",
        });
        Assert.Equal(HttpStatusCode.Redirect, verified.Status);
        var home = await employer.GetAsync(verified.Location!);
        Assert.Equal("Wharfedale Bakery", home.H1);
        Assert.Contains("Someone from the hub is checking your details", home.Text, StringComparison.Ordinal);

        // The link works once.
        Assert.Equal("This link has expired or has already been used", (await visitor.GetAsync(verify)).H1);

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var queue = await admin.GetAsync("/admin/employers?status=AwaitingApproval");
        var link = queue.Document.QuerySelectorAll("a").Single(a => a.TextContent == "Wharfedale Bakery").GetAttribute("href")!;
        var approved = await admin.SubmitAsync(link, new Dictionary<string, object?>(), action: $"{link}?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Contains("is approved. We have e-mailed Priya Shah", (await admin.GetAsync(approved.Location!)).Text, StringComparison.Ordinal);

        var approvalMail = _app.PickedUpMail()[^1];
        Assert.Equal("Wharfedale Bakery has been approved", approvalMail.Subject);

        var listed = await visitor.GetAsync("/our-employers");
        var card = listed.Document.QuerySelectorAll(".sc-card").Single(c => c.QuerySelector("h2")!.TextContent == "Wharfedale Bakery");
        Assert.Contains("Talk or assembly", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Catering", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", listed.Text, StringComparison.Ordinal); // never a person's name
        Assert.DoesNotContain("0113 496 0000", listed.Text, StringComparison.Ordinal);

        // The new account signs in with its own password and lands on its organisation.
        using var again = _app.CreateFormClient();
        var signIn = await again.SubmitAsync("/account/sign-in", new Dictionary<string, object?>
        {
            ["Input.Email"] = "priya@wharfedale-bakery.example",
            ["Input.Password"] = "warm bread every morning",
        });
        Assert.Equal("/my-organisation", signIn.Location);
        Assert.Contains("Approved", (await again.GetAsync("/my-organisation")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_WithAnExistingAccountsEmail_CreatesNothingAndSendsAKindMessage()
    {
        var before = await _app.WithDbAsync(db => db.Employers.CountAsync());
        using var client = _app.CreateFormClient();

        var done = await SignUpDriver.SignUpAsync(client, SignUpDriver.ValidAnswers("EMPLOYER@sendcareers.test", "A Second Kirkgate"));

        Assert.Equal("/employers/sign-up/done", done.Location);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Employers.CountAsync()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "EMPLOYER@SENDCAREERS.TEST")));
        var mail = Assert.Single(_app.PickedUpMail());
        Assert.Equal("You already have a SendCareers account", mail.Subject);
        Assert.Contains("we have not made a new one", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_Twice_BeforeVerifying_SendsAFreshLinkAndKeepsOneAccount()
    {
        using var client = _app.CreateFormClient();
        await SignUpDriver.SignUpAsync(client, SignUpDriver.ValidAnswers("twice@example.org", "Twice Ltd"));
        await SignUpDriver.SignUpAsync(client, SignUpDriver.ValidAnswers("twice@example.org", "Twice Ltd"));

        Assert.Equal(1, await _app.WithDbAsync(db => db.Employers.CountAsync(e => e.ContactEmail == "twice@example.org")));
        var mails = _app.PickedUpMail();
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal("Confirm your e-mail address for SendCareers", m.Subject));

        // Both links are live until one is used.
        var second = await client.GetAsync(SignUpDriver.VerifyPath(mails[1]));
        Assert.Equal("Confirm your e-mail address and choose a password", second.H1);
    }

    [Fact]
    public async Task CheckAnswers_ShowsWhatWasTyped_AndChangeLinksReturnToIt()
    {
        using var client = _app.CreateFormClient();
        var answers = SignUpDriver.ValidAnswers("check@example.org");
        await SignUpDriver.FillAllAsync(client, answers);

        var check = await client.GetAsync("/employers/sign-up/check");
        Assert.Equal("Check your answers before signing up", check.H1);
        Assert.Contains("LS1 4AP", check.Text, StringComparison.Ordinal);
        Assert.Contains("Up to 10 miles", check.Text, StringComparison.Ordinal);
        Assert.Contains("Level 1: Disability Confident Committed", check.Text, StringComparison.Ordinal);

        var change = check.Document.QuerySelectorAll("a").First(a => a.TextContent.StartsWith("Change", StringComparison.Ordinal) && a.GetAttribute("href")!.Contains("/offer", StringComparison.Ordinal));
        var changed = await client.SubmitAsync(change.GetAttribute("href")!, new Dictionary<string, object?>
        {
            ["Input.Offers"] = new[] { "MockInterviews" },
            ["Input.HoursPerYear"] = "30",
        });
        Assert.Equal("/employers/sign-up/check", changed.Location);

        var after = await client.GetAsync("/employers/sign-up/check");
        Assert.Contains("Mock interviews", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Talk or assembly", after.Text, StringComparison.Ordinal);
        Assert.Contains("Wharfedale Bakery", after.Text, StringComparison.Ordinal); // other answers kept
    }

    [Fact]
    public async Task CheckAnswers_BeforeFinishing_SendsYouToTheFirstUnansweredPage()
    {
        using var client = _app.CreateFormClient();
        var answers = SignUpDriver.ValidAnswers("early@example.org");
        await client.SubmitAsync("/employers/sign-up/organisation", answers["organisation"]);

        var check = await client.GetAsync("/employers/sign-up/check");

        Assert.Equal(HttpStatusCode.Redirect, check.Status);
        Assert.Equal("/employers/sign-up/contact", check.Location);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Employers.CountAsync(e => e.ContactEmail == "early@example.org")));
    }

    [Fact]
    public async Task EmptyPages_ShowEveryMessage_BesideTheFieldAndInTheSummary()
    {
        using var client = _app.CreateFormClient();

        var organisation = await client.SubmitAsync("/employers/sign-up/organisation", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, organisation.Status);
        Assert.Equal(
            ["Enter the name of your organisation", "Enter your workplace postcode", "Select how many people work for your organisation", "Select at least one kind of work your organisation does"],
            organisation.ErrorSummary);
        Assert.Equal("Enter your workplace postcode", organisation.FieldError("postcode"));
        Assert.Equal("#organisation-name", organisation.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));

        var permissions = await client.SubmitAsync("/employers/sign-up/permissions", new Dictionary<string, object?>());
        Assert.Equal(2, permissions.ErrorSummary.Count);
        Assert.Contains("Confirm that the hub may contact you about encounters and placements", permissions.ErrorSummary);
    }

    [Fact]
    public async Task BadAnswers_AreExplained_AndWhatWasTypedIsKept()
    {
        using var client = _app.CreateFormClient();

        var result = await client.SubmitAsync("/employers/sign-up/organisation", new Dictionary<string, object?>
        {
            ["Input.OrganisationName"] = "Riverside Garage",
            ["Input.Postcode"] = "75001 Paris",
            ["Input.Size"] = "Small",
            ["Input.Sectors"] = new[] { "Transport" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["Enter a full UK postcode, like LS1 4AP"], result.ErrorSummary);
        Assert.Equal("75001 Paris", result.Document.GetElementById("postcode")?.GetAttribute("value"));
        Assert.Equal("Riverside Garage", result.Document.GetElementById("organisation-name")?.GetAttribute("value"));
        Assert.NotNull(result.Document.QuerySelector("input[name='Input.Size'][value=Small][checked]"));

        var offer = await client.SubmitAsync("/employers/sign-up/offer", new Dictionary<string, object?>
        {
            ["Input.Offers"] = new[] { "Mentoring" },
            ["Input.HoursPerYear"] = "-5",
        });
        Assert.Equal(["Enter hours as a whole number, like 10"], offer.ErrorSummary);
        Assert.Equal("-5", offer.Document.GetElementById("hours-per-year")?.GetAttribute("value"));

        var contact = await client.SubmitAsync("/employers/sign-up/contact", new Dictionary<string, object?>
        {
            ["Input.ContactName"] = new string('x', 101),
            ["Input.ContactEmail"] = "not-an-email",
            ["Input.Phone"] = "call me",
        });
        Assert.Equal(
            ["Contact name must be 100 characters or fewer", "Enter an e-mail address in the correct format, like name@example.com", "Enter a telephone number, like 0113 496 0000 or +44 113 496 0000"],
            contact.ErrorSummary);
    }

    [Fact]
    public async Task UnknownOutwardCode_IsAccepted_AndMarkedDistanceUnknown()
    {
        using var client = _app.CreateFormClient();
        var answers = SignUpDriver.ValidAnswers("far@example.org");
        answers["organisation"]["Input.Postcode"] = "zz99 9zz";

        await SignUpDriver.FillAllAsync(client, answers);
        var check = await client.GetAsync("/employers/sign-up/check");

        Assert.Contains("ZZ99 9ZZ (distance unknown)", check.Text, StringComparison.Ordinal);
        await client.SubmitAsync("/employers/sign-up/check", new Dictionary<string, object?>());
        var stored = await _app.WithDbAsync(db => db.Employers.SingleAsync(e => e.ContactEmail == "far@example.org"));
        Assert.False(stored.LocationKnown);
        Assert.Equal("ZZ99 9ZZ", stored.Postcode);
    }

    [Fact]
    public async Task UnicodeAndMarkup_AreStoredAsTyped_AndShownAsText()
    {
        using var client = _app.CreateFormClient();
        const string name = "Café Ñandú 北京 <script>alert('x')</script> O'Brien & Sons";
        await SignUpDriver.SignUpAsync(client, SignUpDriver.ValidAnswers("unicode@example.org", name));

        var stored = await _app.WithDbAsync(db => db.Employers.SingleAsync(e => e.ContactEmail == "unicode@example.org"));
        Assert.Equal(name, stored.OrganisationName);

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var page = await admin.GetAsync($"/admin/employers/{stored.Id}");
        Assert.Equal(name, page.H1);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Decline_NeedsAReason_ThenEmailsIt()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var pending = await _app.WithDbAsync(db => db.Employers.FirstAsync(e => e.Status == EmployerStatus.AwaitingApproval));
        var url = $"/admin/employers/{pending.Id}";

        var empty = await admin.SubmitAsync(url, new Dictionary<string, object?> { ["DeclineReason"] = "   " }, action: $"{url}?handler=Decline");
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Enter the reason for declining, so the employer knows why"], empty.ErrorSummary);
        Assert.Equal(EmployerStatus.AwaitingApproval, (await _app.WithDbAsync(db => db.Employers.SingleAsync(e => e.Id == pending.Id))).Status);

        var declined = await admin.SubmitAsync(url, new Dictionary<string, object?> { ["DeclineReason"] = "We only work with employers within 25 miles of our schools." }, action: $"{url}?handler=Decline");
        Assert.Equal(HttpStatusCode.Redirect, declined.Status);

        var stored = await _app.WithDbAsync(db => db.Employers.SingleAsync(e => e.Id == pending.Id));
        Assert.Equal(EmployerStatus.Declined, stored.Status);
        var mail = Assert.Single(_app.PickedUpMail());
        Assert.Equal(stored.ContactEmail, mail.To.Mailboxes.Single().Address);
        Assert.Contains("within 25 miles of our schools", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cornerstone_IsListedFirst_WithItsPledge()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var plain = await _app.WithDbAsync(db => db.Employers.Where(e => e.Status == EmployerStatus.Approved && e.ListPublicly && !e.IsCornerstone)
            .OrderByDescending(e => e.OrganisationName).FirstAsync());
        var url = $"/admin/employers/{plain.Id}";

        var missingHours = await admin.SubmitAsync(url, new Dictionary<string, object?> { ["Cornerstone.IsCornerstone"] = "yes", ["Cornerstone.Hours"] = "" }, action: $"{url}?handler=Cornerstone");
        Assert.Equal(["Enter the hours pledged for this academic year"], missingHours.ErrorSummary);

        var saved = await admin.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["Cornerstone.IsCornerstone"] = "yes",
            ["Cornerstone.Hours"] = "120",
            ["Cornerstone.Commitment"] = "Two supported interns",
        }, action: $"{url}?handler=Cornerstone");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var pledges = await _app.WithDbAsync(db => db.CornerstonePledges.Where(p => p.EmployerId == plain.Id).ToListAsync());
        Assert.Equal(120, Assert.Single(pledges).HoursPledged);

        using var visitor = _app.CreateFormClient();
        var names = (await visitor.GetAsync("/our-employers")).Document.QuerySelectorAll(".sc-card").Select(c => (Name: c.QuerySelector("h2")!.TextContent, Cornerstone: c.ClassList.Contains("sc-card--cornerstone"))).ToList();
        var lastCornerstone = names.FindLastIndex(n => n.Cornerstone);
        var firstPlain = names.FindIndex(n => !n.Cornerstone);
        Assert.True(lastCornerstone < firstPlain, "cornerstone employers come first");
        Assert.Contains((plain.OrganisationName, true), names);
    }

    [Fact]
    public async Task Employer_EditsOwnProfileAndPledge_BadHoursKeptWithAMessage()
    {
        using var client = _app.CreateFormClient();
        await client.SignInAsync("employer@sendcareers.test");
        var form = await client.GetAsync("/my-organisation/edit");
        Assert.Equal("Change your organisation's details", form.H1);

        var bad = await client.SubmitAsync("/my-organisation/edit", new Dictionary<string, object?> { ["Input.HoursPerYear"] = "lots" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(["Enter hours as a whole number, like 10"], bad.ErrorSummary);
        Assert.Equal("lots", bad.Document.GetElementById("hours-per-year")?.GetAttribute("value"));

        var good = await client.SubmitAsync("/my-organisation/edit", new Dictionary<string, object?> { ["Input.HoursPerYear"] = "75", ["PledgeHours"] = "80" });
        Assert.Equal("/my-organisation?saved=true", good.Location);
        var employerId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId).SingleAsync());
        var stored = await _app.WithDbAsync(db => db.Employers.Include(e => e.Pledges).SingleAsync(e => e.Id == employerId));
        Assert.Equal(75, stored.HoursPledgedPerYear);
        if (stored.IsCornerstone)
        {
            Assert.Contains(stored.Pledges, p => p.HoursPledged == 80);
        }

        Assert.Contains("Your changes have been saved.", (await client.GetAsync("/my-organisation?saved=true")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentMail_ListsAndOpensMessages_AndRefusesOtherFiles()
    {
        using var client = _app.CreateFormClient();
        await SignUpDriver.SignUpAsync(client, SignUpDriver.ValidAnswers("sentmail@example.org", "Sent Mail Ltd"));

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var list = await admin.GetAsync("/admin/sent-mail");
        var link = list.Document.QuerySelectorAll("td a").Single(a => a.TextContent == "Confirm your e-mail address for SendCareers");
        var message = await admin.GetAsync(link.GetAttribute("href")!);
        Assert.Contains("/account/verify?token=", message.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/sent-mail/..%2Fsendcareers.db")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/sent-mail/20260101T000000Z-00000000000000000000000000000000.eml")).Status);
    }
}
