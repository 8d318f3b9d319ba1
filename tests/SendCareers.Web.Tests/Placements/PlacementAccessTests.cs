using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// Who sees which placement, what the employer's briefing pack may show, and how refused or stale
/// actions are answered: always with a message, never a server error.
/// </summary>
public sealed class PlacementAccessTests(PlacementAccessTests.AppFixture fixture) : IClassFixture<PlacementAccessTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    [Fact]
    public async Task EmployerOfAnotherOrganisation_Gets404_ForSomeoneElsesPlacement()
    {
        var theirs = await SeedAsync(fixture, PlacementState.Agreed, ownEmployer: false);
        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");

        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/my-organisation/placements/{theirs.PlacementId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/my-organisation/placements/{theirs.PlacementId}/briefing")).Status);
        var list = await employer.GetAsync("/my-organisation/placements");
        Assert.DoesNotContain($"/my-organisation/placements/{theirs.PlacementId}\"", list.Html, StringComparison.Ordinal);

        var token = AntiforgeryToken(list);
        var post = await employer.PostAsync($"/my-organisation/placements/{theirs.PlacementId}?handler=Decline", [new("__RequestVerificationToken", token), new("DeclineReason", "Not ours")]);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(PlacementState.Agreed, await StateAsync(theirs.PlacementId));
    }

    [Fact]
    public async Task CoachOfAnotherSchool_Gets404_HubAdminSeesIt()
    {
        var seeded = await SeedAsync(fixture, PlacementState.Proposed);
        using var other = fixture.CreateFormClient();
        await other.SignInAsync("coach.hollin@sendcareers.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/coach/placements/{seeded.PlacementId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/coach/placements/{seeded.PlacementId}/confirm")).Status);
        Assert.DoesNotContain($"/coach/placements/{seeded.PlacementId}\"", (await other.GetAsync("/coach/placements")).Html, StringComparison.Ordinal);

        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/coach/placements/{seeded.PlacementId}")).Status);
    }

    [Fact]
    public async Task IllegalTransition_GivesAMessage_NotAServerError()
    {
        var completed = await SeedAsync(fixture, PlacementState.Completed);
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var page = await coach.GetAsync($"/coach/placements/{completed.PlacementId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.FindForm($"/coach/placements/{completed.PlacementId}?handler=Withdraw"));

        // A crafted post for a move the page does not offer.
        var version = await VersionAsync(completed.PlacementId);
        var withdraw = await coach.PostAsync($"/coach/placements/{completed.PlacementId}?handler=Withdraw",
            [new("__RequestVerificationToken", AntiforgeryToken(page)), new("Version", version), new("WithdrawReason", "Changed my mind")]);
        Assert.Equal(HttpStatusCode.BadRequest, withdraw.Status);
        Assert.Contains(withdraw.ErrorSummary, e => e.Contains("cannot be withdrawn", StringComparison.Ordinal));

        // A job coach cannot start a placement early by hand; only the date (or an administrator) does.
        var confirmed = await SeedAsync(fixture, PlacementState.Confirmed, startsAtUtc: DateTime.UtcNow.AddDays(5), endsAtUtc: DateTime.UtcNow.AddDays(6));
        var start = await coach.PostAsync($"/coach/placements/{confirmed.PlacementId}?handler=Start",
            [new("__RequestVerificationToken", AntiforgeryToken(page)), new("Version", await VersionAsync(confirmed.PlacementId))]);
        Assert.Equal(HttpStatusCode.BadRequest, start.Status);
        Assert.Contains(start.ErrorSummary, e => e.Contains("starts by itself", StringComparison.Ordinal));
        Assert.Equal(PlacementState.Confirmed, await StateAsync(confirmed.PlacementId));

        // Confirming before the employer has accepted.
        var proposed = await SeedAsync(fixture, PlacementState.Proposed);
        var confirm = await coach.GetAsync($"/coach/placements/{proposed.PlacementId}/confirm");
        Assert.Equal(HttpStatusCode.BadRequest, confirm.Status);
        Assert.Contains(confirm.ErrorSummary, e => e.Contains("must accept", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HubAdmin_CanStartAndComplete_APlacementWhoseDatesHavePassed()
    {
        var seeded = await SeedAsync(fixture, PlacementState.Confirmed, startsAtUtc: DateTime.UtcNow.AddDays(-3), endsAtUtc: DateTime.UtcNow.AddDays(-1));
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var url = $"/coach/placements/{seeded.PlacementId}";

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, object?>(), action: $"{url}?handler=Start")).Status);
        Assert.Equal(PlacementState.InProgress, await StateAsync(seeded.PlacementId));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, new Dictionary<string, object?>(), action: $"{url}?handler=Complete")).Status);
        Assert.Equal(PlacementState.Completed, await StateAsync(seeded.PlacementId));
        var page = await admin.GetAsync(url);
        Assert.Contains("Priya Natarajan (hub administrator)", page.Document.QuerySelector("[data-testid=history]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employer_EndsAPlacementEarly_WithAReason_AndDebriefsArePlannedForSoon()
    {
        var seeded = await SeedAsync(fixture, PlacementState.InProgress, startsAtUtc: DateTime.UtcNow.AddDays(-2), endsAtUtc: DateTime.UtcNow.AddDays(20));
        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var url = $"/my-organisation/placements/{seeded.PlacementId}";

        var noReason = await employer.SubmitAsync(url, new Dictionary<string, object?>(), action: $"{url}?handler=EndEarly");
        Assert.Equal("Enter why the placement has to end early", noReason.FieldError("end-early-reason"));
        var ended = await employer.SubmitAsync(url, new Dictionary<string, object?> { ["EndEarlyReason"] = "Our kitchen is closing for repairs" }, action: $"{url}?handler=EndEarly");
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Equal(PlacementState.EndedEarly, await StateAsync(seeded.PlacementId));

        var debriefs = await fixture.WithDbAsync(db => db.ScheduledMessages
            .Where(m => m.SubjectId == seeded.PlacementId && m.Kind.StartsWith("debrief-") && m.Kind != "debrief-chaser" && m.State == Web.Data.Entities.MessageState.Pending)
            .Select(m => m.DueAtUtc).ToListAsync());
        Assert.NotEmpty(debriefs);
        Assert.All(debriefs, due => Assert.True(due < DateTime.UtcNow.AddDays(1), $"debrief due {due:u}, expected within a day"));
    }

    [Fact]
    public async Task StaleForm_SaysSomeoneElseChangedIt_AndChangesNothing()
    {
        var seeded = await SeedAsync(fixture, PlacementState.Agreed);
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var page = await coach.GetAsync($"/coach/placements/{seeded.PlacementId}");
        var form = page.FindForm($"/coach/placements/{seeded.PlacementId}?handler=Withdraw")!;
        var shownVersion = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        // Someone else saves in between.
        await fixture.WithDbAsync(db => db.Placements.Where(p => p.Id == seeded.PlacementId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, Guid.NewGuid())));

        var stale = await coach.PostAsync($"/coach/placements/{seeded.PlacementId}?handler=Withdraw",
            [new("__RequestVerificationToken", AntiforgeryToken(page)), new("Version", shownVersion), new("WithdrawReason", "No longer wanted")]);
        Assert.Equal(HttpStatusCode.BadRequest, stale.Status);
        Assert.Contains(stale.ErrorSummary, e => e.Contains("Someone else changed this placement", StringComparison.Ordinal));
        Assert.Equal(PlacementState.Agreed, await StateAsync(seeded.PlacementId));

        // The refreshed page carries the new version, so trying again works.
        var retried = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}", new Dictionary<string, object?> { ["WithdrawReason"] = "No longer wanted" },
            action: $"/coach/placements/{seeded.PlacementId}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, retried.Status);
        Assert.Equal(PlacementState.Withdrawn, await StateAsync(seeded.PlacementId));
        var after = await coach.GetAsync($"/coach/placements/{seeded.PlacementId}");
        Assert.Contains("No longer wanted", after.Document.QuerySelector("[data-testid=history]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithMissingOrWrongAnswers_ShowsMessagesBesideFields_AndKeepsWhatWasTyped()
    {
        var seeded = await SeedAsync(fixture, PlacementState.Agreed);
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var url = $"/coach/placements/{seeded.PlacementId}/confirm";

        var empty = await coach.SubmitAsync(url, new Dictionary<string, object?> { ["SupervisorName"] = "", ["SupervisorEmail"] = "not an address\r\nBcc: x@example.com", ["TravelPlan"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("Enter the start date", empty.FieldError("start-date"));
        Assert.Equal("Enter the name of the supervisor at the workplace", empty.FieldError("supervisor-name"));
        Assert.StartsWith("Enter an e-mail address in the correct format", empty.FieldError("supervisor-email"), StringComparison.Ordinal);
        Assert.Equal("Enter a travel plan", empty.FieldError("travel-plan"));
        Assert.Contains("Enter a travel plan", empty.ErrorSummary);

        var backwards = await coach.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "10", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2099",
            ["EndDate.Day"] = "31", ["EndDate.Month"] = "2", ["EndDate.Year"] = "2099",
            ["TravelPlan"] = new string('x', 2001),
        });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.Status);
        Assert.Equal("End date must be a real date, like 27 3 2009", backwards.FieldError("end-date"));
        Assert.Equal("Travel plan must be 2,000 characters or fewer", backwards.FieldError("travel-plan"));
        Assert.Equal("10", backwards.Document.GetElementById("start-date")!.GetAttribute("value"));

        var past = await coach.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "1", ["StartDate.Year"] = "2020",
            ["EndDate.Day"] = "2", ["EndDate.Month"] = "1", ["EndDate.Year"] = "2020",
            ["TravelPlan"] = "Walks",
        });
        Assert.Equal("The start date must be today or in the future", past.FieldError("start-date"));
        Assert.Equal(PlacementState.Agreed, await StateAsync(seeded.PlacementId));
    }

    [Fact]
    public async Task WithdrawAndDecline_NeedAReason()
    {
        var seeded = await SeedAsync(fixture, PlacementState.Proposed);
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var withdraw = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}", new Dictionary<string, object?> { ["WithdrawReason"] = "  " },
            action: $"/coach/placements/{seeded.PlacementId}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.BadRequest, withdraw.Status);
        Assert.Equal("Enter why the placement is being withdrawn", withdraw.FieldError("withdraw-reason"));

        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var url = $"/my-organisation/placements/{seeded.PlacementId}";
        var noReason = await employer.SubmitAsync(url, new Dictionary<string, object?>(), action: $"{url}?handler=Decline");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Equal("Enter why you cannot take this placement", noReason.FieldError("decline-reason"));

        var declined = await employer.SubmitAsync(url, new Dictionary<string, object?> { ["DeclineReason"] = "No supervisor free in December" }, action: $"{url}?handler=Decline");
        Assert.Equal(HttpStatusCode.Redirect, declined.Status);
        Assert.Equal(PlacementState.Declined, await StateAsync(seeded.PlacementId));
        var coachView = await coach.GetAsync($"/coach/placements/{seeded.PlacementId}");
        Assert.Contains("No supervisor free in December", coachView.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingPack_ShowsOnlyWhatWasConsented_NeverDobPostcodeOrEhcp()
    {
        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");

        var agreed = await SeedAsync(fixture, PlacementState.Agreed, consent: true);
        var pack = await employer.GetAsync($"/my-organisation/placements/{agreed.PlacementId}/briefing");
        Assert.Equal(HttpStatusCode.OK, pack.Status);
        Assert.Contains(agreed.FirstName, pack.H1, StringComparison.Ordinal);
        Assert.Contains("sorting the post", pack.Text, StringComparison.Ordinal);
        Assert.Contains("Show me first", pack.Text, StringComparison.Ordinal);
        Assert.Contains("Tom Ellery", pack.Text, StringComparison.Ordinal);
        AssertNoPrivateDetails(pack);

        var noConsent = await SeedAsync(fixture, PlacementState.Confirmed, consent: false, startsAtUtc: DateTime.UtcNow.AddDays(3), endsAtUtc: DateTime.UtcNow.AddDays(4));
        var withheld = await employer.GetAsync($"/my-organisation/placements/{noConsent.PlacementId}/briefing");
        Assert.Equal(HttpStatusCode.OK, withheld.Status);
        Assert.NotNull(withheld.Document.QuerySelector("[data-testid=not-shared]"));
        Assert.DoesNotContain("sorting the post", withheld.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Show me first", withheld.Text, StringComparison.Ordinal);
        AssertNoPrivateDetails(withheld);

        var proposed = await SeedAsync(fixture, PlacementState.Proposed, consent: true);
        var early = await employer.GetAsync($"/my-organisation/placements/{proposed.PlacementId}/briefing");
        Assert.DoesNotContain("sorting the post", early.Text, StringComparison.Ordinal);
        AssertNoPrivateDetails(early);
        AssertNoPrivateDetails(await employer.GetAsync($"/my-organisation/placements/{proposed.PlacementId}"));
    }

    private static void AssertNoPrivateDetails(FormClient.PageResult page)
    {
        foreach (var secret in new[] { "LS7 3QB", "LS7", "2009", "27 March", "EHCP-OUTCOME-SECRET", "EHCP", FamilyEmail })
        {
            Assert.DoesNotContain(secret, page.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string AntiforgeryToken(FormClient.PageResult page) =>
        page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private Task<PlacementState> StateAsync(int id) =>
        fixture.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.State).SingleAsync());

    private Task<string> VersionAsync(int id) =>
        fixture.WithDbAsync(async db => (await db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync()).ToString());
}
