using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// Nobody waits: a coach proposes and the employer's contact is e-mailed; the employer accepts or
/// declines and the coach is e-mailed (with the reason); the coach confirms and the employer is e-mailed.
/// A real SMTP server, each message once, links on the hub's public address that open the right page.
/// </summary>
public sealed class PlacementNoticeTests : IAsyncLifetime
{
    private const string PublicAddress = "https://careers.example.org";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp).WithClock(Monday).Set("Site:BaseUrl", PublicAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Propose_Accept_Confirm_EachPersonIsToldOnce_WithWorkingLinks()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var (placementId, fullName) = await ProposeToTheDemoEmployerAsync(coach);
        var firstName = PersonName.FirstName(fullName);

        Assert.Equal(1, await DispatchAsync(_app));
        var proposal = Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1));
        Assert.Equal("employer@sendcareers.test", To(proposal));
        Assert.Contains($"{firstName} from ", proposal.Subject, StringComparison.Ordinal);
        Assert.Contains("You get this e-mail because you are a contact for", proposal.TextBody, StringComparison.Ordinal);
        if (fullName != firstName)
        {
            Assert.DoesNotContain(fullName, proposal.TextBody, StringComparison.Ordinal); // preferred first name only
        }

        var answerLink = Assert.Single(LinksOnHub(proposal));
        Assert.Equal($"/my-organisation/placements/{placementId}", answerLink);
        Assert.Equal(0, await DispatchAsync(_app)); // nothing twice

        // The employer follows the link, sees "waiting for your answer", and accepts.
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync(answerLink)).Status);
        var accepted = await employer.SubmitAsync(answerLink,
            new Dictionary<string, object?> { ["SupervisorName"] = "Sam Supervisor", ["SupervisorEmail"] = SupervisorEmail },
            action: $"{answerLink}?handler=Accept");
        Assert.True(accepted.Status == HttpStatusCode.Redirect, string.Join("; ", accepted.ErrorSummary));

        _smtp.Clear();
        Assert.Equal(1, await DispatchAsync(_app));
        var answer = Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1));
        Assert.Equal("coach@sendcareers.test", To(answer));
        Assert.StartsWith($"Accepted: {firstName} at ", answer.Subject, StringComparison.Ordinal);
        Assert.Contains("Their supervisor will be Sam Supervisor.", answer.TextBody, StringComparison.Ordinal);
        var confirmLink = Assert.Single(LinksOnHub(answer));
        Assert.Equal($"/coach/placements/{placementId}/confirm", confirmLink);

        // The coach confirms from the link; the employer's contact hears it is confirmed.
        var confirmed = await coach.SubmitAsync(confirmLink, new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "4", ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
            ["SupervisorName"] = "Sam Supervisor", ["SupervisorEmail"] = SupervisorEmail,
            ["TravelPlan"] = "Bus 42 with mum on the first day",
            ["StartIsRight"] = new[] { "yes" }, // the demo opening starts later; the coach agreed an earlier start
        });
        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));
        _smtp.Clear();
        await DispatchAsync(_app);
        var all = await _smtp.WaitForAsync(m => m.Subject?.StartsWith("Confirmed:", StringComparison.Ordinal) == true, count: 1);
        var confirmation = Assert.Single(all);
        Assert.Equal("employer@sendcareers.test", To(confirmation));
        Assert.Equal($"Confirmed: {firstName} starts Tuesday 1 December 2026", confirmation.Subject);
        Assert.Equal([$"/my-organisation/placements/{placementId}"], LinksOnHub(confirmation));
        Assert.Equal(1, await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.SubjectId == placementId && m.Kind == "notice-confirmed")));
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task Declined_TheCoachHearsTheReason_AndWhereToLookNext()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var (placementId, fullName) = await ProposeToTheDemoEmployerAsync(coach);
        await DispatchAsync(_app);
        await _smtp.WaitForAsync(_ => true, count: 1);
        _smtp.Clear();

        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var url = $"/my-organisation/placements/{placementId}";
        var declined = await employer.SubmitAsync(url, new Dictionary<string, object?> { ["DeclineReason"] = "Our kitchen is being refitted until March" }, action: $"{url}?handler=Decline");
        Assert.True(declined.Status == HttpStatusCode.Redirect, string.Join("; ", declined.ErrorSummary));

        Assert.Equal(1, await DispatchAsync(_app));
        var answer = Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1));
        Assert.Equal("coach@sendcareers.test", To(answer));
        Assert.StartsWith($"Declined: {PersonName.FirstName(fullName)} at ", answer.Subject, StringComparison.Ordinal);
        Assert.Contains("They said: \"Our kitchen is being refitted until March\"", answer.TextBody, StringComparison.Ordinal);
        var matches = Assert.Single(LinksOnHub(answer));
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(matches)).Status);
    }

    [Fact]
    public async Task StillNotConfirmedTenDaysBefore_TheCoachIsToldOnce_WithTheLink()
    {
        await StartDemoEmployerOpeningsOnAsync(new DateOnly(2027, 1, 11));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var (placementId, fullName) = await ProposeToTheDemoEmployerAsync(coach);
        await DispatchAsync(_app);
        _smtp.Clear();

        // The employer never answers. Ten days before Monday 11 January, at 9am, the coach hears.
        _app.Clock!.SetUtcNow(new DateTimeOffset(2027, 1, 1, 8, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await DispatchAsync(_app));
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await DispatchAsync(_app));
        var warning = Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1));
        Assert.Equal("coach@sendcareers.test", To(warning));
        Assert.StartsWith($"Not confirmed yet: {PersonName.FirstName(fullName)} at ", warning.Subject, StringComparison.Ordinal);
        Assert.Contains("is due to start Monday 11 January 2027, but it is not confirmed yet", warning.TextBody, StringComparison.Ordinal);
        Assert.Contains("has not answered the proposal yet", warning.TextBody, StringComparison.Ordinal);
        Assert.Equal([$"/coach/placements/{placementId}"], LinksOnHub(warning));
        Assert.Equal(0, await DispatchAsync(_app)); // once
    }

    [Fact]
    public async Task ConfirmedInTime_NoStillNotConfirmedEmail()
    {
        await StartDemoEmployerOpeningsOnAsync(new DateOnly(2027, 1, 11));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var (placementId, _) = await ProposeToTheDemoEmployerAsync(coach);

        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var url = $"/my-organisation/placements/{placementId}";
        var accepted = await employer.SubmitAsync(url, new Dictionary<string, object?> { ["SupervisorName"] = "Sam Supervisor", ["SupervisorEmail"] = SupervisorEmail }, action: $"{url}?handler=Accept");
        Assert.True(accepted.Status == HttpStatusCode.Redirect, string.Join("; ", accepted.ErrorSummary));
        var confirmed = await coach.SubmitAsync($"/coach/placements/{placementId}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "11", ["StartDate.Month"] = "1", ["StartDate.Year"] = "2027",
            ["EndDate.Day"] = "15", ["EndDate.Month"] = "1", ["EndDate.Year"] = "2027",
            ["SupervisorName"] = "Sam Supervisor", ["SupervisorEmail"] = SupervisorEmail,
            ["TravelPlan"] = "Bus 42 with mum on the first day",
        });
        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));
        await DispatchAsync(_app);
        _smtp.Clear();

        _app.Clock!.SetUtcNow(new DateTimeOffset(2027, 1, 1, 9, 1, 0, TimeSpan.Zero));
        await DispatchAsync(_app);
        Assert.DoesNotContain(_smtp.Messages(), m => m.Subject?.StartsWith("Not confirmed yet", StringComparison.Ordinal) == true);
        var state = await _app.WithDbAsync(db => db.ScheduledMessages.Where(m => m.SubjectId == placementId && m.Kind == "notice-unconfirmed").Select(m => m.State).SingleAsync());
        Assert.NotEqual(Data.Entities.MessageState.Sent, state);
        Assert.NotEqual(Data.Entities.MessageState.Pending, state);
    }

    private Task StartDemoEmployerOpeningsOnAsync(DateOnly first) =>
        _app.WithDbAsync(async db =>
        {
            var employer = await db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync();
            await db.Openings.Where(o => o.EmployerId == employer).ExecuteUpdateAsync(o => o.SetProperty(x => x.StartsOn, first).SetProperty(x => x.EndsOn, (DateOnly?)null));
        });

    private Task<(int PlacementId, string FullName)> ProposeToTheDemoEmployerAsync(FormClient coach) => ProposeToDemoEmployerAsync(_app, coach);

    /// <summary>Every link in the e-mail, which must all be on the hub's public address, ending with the e-mail settings link; returned as paths without it.</summary>
    private static List<string> LinksOnHub(MimeKit.MimeMessage message)
    {
        var links = System.Text.RegularExpressions.Regex.Matches(message.TextBody ?? "", @"https?://[^\s<>""]+").Select(m => new Uri(m.Value)).ToList();
        Assert.All(links, l => Assert.Equal(PublicAddress, l.GetLeftPart(UriPartial.Authority)));
        var paths = links.Select(l => l.PathAndQuery).Distinct().ToList();
        Assert.Equal("/e-mail-settings", paths[^1]); // every notice says how to change how one is e-mailed
        return paths[..^1];
    }
}
