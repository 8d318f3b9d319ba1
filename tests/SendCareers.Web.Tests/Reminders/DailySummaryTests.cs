using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Reminders;

/// <summary>
/// A person who chooses one e-mail a day gets no notice as it happens: the notices wait for the daily
/// summary at the hub's hour, which lists exactly those still true, once, with links on the hub's
/// address. Everyone else is still told at once. A real SMTP server and the real dispatcher.
/// </summary>
public sealed partial class DailySummaryTests : IAsyncLifetime
{
    private const string PublicAddress = "https://careers.example.org";
    private const string Employer = "employer@sendcareers.test";
    private const string Coach = "coach@sendcareers.test";

    // Monday 23 November 2026, 9am in the UK (GMT in winter).
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
    public async Task DailySummary_ListsWhatIsStillWaiting_Once_AndOthersAreStillToldAtOnce()
    {
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync(Employer);
        await ChooseAsync(employer, "daily");
        var page = await employer.GetAsync("/e-mail-settings");
        Assert.Equal("daily", page.Document.QuerySelector("input[name=Choice]:checked")?.GetAttribute("value"));

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var (first, firstName) = await ProposeToDemoEmployerAsync(_app, coach);
        var (second, secondName) = await ProposeToDemoEmployerAsync(_app, coach, except: [await PersonOfAsync(first)]);

        // Nothing goes to the employer now: both proposals wait for tomorrow's summary.
        await DispatchAsync(_app);
        Assert.DoesNotContain(_smtp.Messages(), m => To(m) == Employer);
        Assert.Equal(2, await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.Kind == "notice-proposal" && m.State == MessageState.InDigest)));

        // The employer declines the second from the dashboard; the coach, who did not choose a summary, hears at once.
        var url = $"/my-organisation/placements/{second}";
        var declined = await employer.SubmitAsync(url, new Dictionary<string, object?> { ["DeclineReason"] = "No space that week" }, action: $"{url}?handler=Decline");
        Assert.True(declined.Status == HttpStatusCode.Redirect, string.Join("; ", declined.ErrorSummary));
        await DispatchAsync(_app);
        var answer = Assert.Single(await _smtp.WaitForAsync(m => To(m) == Coach, count: 1));
        Assert.StartsWith("Declined:", answer.Subject, StringComparison.Ordinal);
        Assert.Contains($"{PublicAddress}/e-mail-settings", answer.TextBody, StringComparison.Ordinal);

        // Tuesday 7:59: not yet. 8:01: one summary, with the first proposal only (the second was answered).
        _smtp.Clear();
        _app.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 24, 7, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await DispatchAsync(_app));
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 1, 0, TimeSpan.Zero));
        Assert.Equal(1, await DispatchAsync(_app));
        var summary = Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1));
        Assert.Equal(Employer, To(summary));
        Assert.EndsWith(": 1 thing waiting", summary.Subject, StringComparison.Ordinal);
        Assert.Contains($"{PersonName.FirstName(firstName)} from ", summary.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"{PersonName.FirstName(secondName)} from ", summary.TextBody, StringComparison.Ordinal);
        Assert.Contains("You get one e-mail a day, at 8am, because you chose a daily summary.", summary.TextBody, StringComparison.Ordinal);
        Assert.Equal([$"/my-organisation/placements/{first}", "/e-mail-settings"], LinksOnHub(summary));
        Assert.Contains("<h2", summary.HtmlBody, StringComparison.Ordinal);

        // The link in the summary opens the proposal for the employer (signed in again: a day has passed); nothing is sent twice.
        await employer.SignInAsync(Employer);
        await coach.SignInAsync(Coach);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/my-organisation/placements/{first}")).Status);
        Assert.Equal(0, await DispatchAsync(_app));
        var states = await _app.WithDbAsync(db => db.ScheduledMessages.Where(m => m.Kind == "notice-proposal")
            .ToDictionaryAsync(m => m.SubjectId, m => m.State));
        Assert.Equal(MessageState.Sent, states[first]);
        Assert.Equal(MessageState.Cancelled, states[second]);

        // Back to one e-mail as each thing happens: the next proposal arrives at once.
        await ChooseAsync(employer, "each");
        _smtp.Clear();
        // (An encounter booked with them: the demo has only two people with a placement match there.)
        var group = await Encounters.EncounterWorld.GroupAsync(_app);
        var employerId = await Encounters.EncounterWorld.EmployerIdAsync(_app);
        var booked = await coach.SubmitAsync("/coach/encounters/new", Encounters.EncounterWorld.Form(employerId, new DateOnly(2026, 12, 9), group.Select(p => p.Id)));
        Assert.True(booked.Status == HttpStatusCode.Redirect, string.Join("; ", booked.ErrorSummary));
        Assert.Equal(1, await DispatchAsync(_app));
        var single = Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1));
        Assert.Equal(Employer, To(single));
        Assert.Contains($"/my-organisation/encounters/{Encounters.EncounterWorld.IdFrom(booked)}", single.TextBody, StringComparison.Ordinal);
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task TheHubSetsTheHour_AndTheSummarySaysIt()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var tooLate = await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?> { ["DailySummaryHour"] = "24" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.Status);
        Assert.Contains("The hour of the daily summary must be between 0 and 23", tooLate.ErrorSummary);
        Assert.Equal("24", tooLate.Document.QuerySelector("input[name=DailySummaryHour]")?.GetAttribute("value"));
        var saved = await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?> { ["DailySummaryHour"] = "17" });
        Assert.True(saved.Status == HttpStatusCode.Redirect, string.Join("; ", saved.ErrorSummary));

        using var employer = _app.CreateFormClient();
        await employer.SignInAsync(Employer);
        await ChooseAsync(employer, "daily");
        Assert.Contains("One e-mail a day, at 5pm", (await employer.GetAsync("/e-mail-settings")).Document.Body!.TextContent, StringComparison.Ordinal);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var (placement, _) = await ProposeToDemoEmployerAsync(_app, coach);
        await DispatchAsync(_app);
        var due = await _app.WithDbAsync(db => db.ScheduledMessages.Where(m => m.Kind == "daily-summary").Select(m => m.DueAtUtc).SingleAsync());
        Assert.Equal(new DateTime(2026, 11, 23, 17, 0, 0), due); // 5pm the same Monday (GMT)

        _app.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 23, 17, 0, 30, TimeSpan.Zero));
        Assert.Equal(1, await DispatchAsync(_app));
        var summary = Assert.Single(await _smtp.WaitForAsync(m => To(m) == Employer, count: 1));
        Assert.Contains("at 5pm, because you chose a daily summary", summary.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/my-organisation/placements/{placement}", summary.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsPage_RefusesAnUnknownChoice_AndKeepsTheOldOne()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var wrong = await coach.SubmitAsync("/e-mail-settings", new Dictionary<string, object?> { ["Choice"] = "weekly" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal(["Choose how you want us to e-mail you"], wrong.ErrorSummary);
        Assert.NotNull(wrong.Document.QuerySelector("#Choice-error, .govuk-error-message"));
        Assert.False(await _app.WithDbAsync(db => db.Users.Where(u => u.Email == Coach).Select(u => u.WantsDailySummary).SingleAsync()));

        await ChooseAsync(coach, "daily");
        Assert.True(await _app.WithDbAsync(db => db.Users.Where(u => u.Email == Coach).Select(u => u.WantsDailySummary).SingleAsync()));
        // Only the signed-in person's own choice changes, and the change is in the audit log.
        Assert.False(await _app.WithDbAsync(db => db.Users.Where(u => u.Email == Employer).Select(u => u.WantsDailySummary).SingleAsync()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "Changed how they are e-mailed")));
    }

    private static async Task ChooseAsync(FormClient client, string choice)
    {
        var saved = await client.SubmitAsync("/e-mail-settings", new Dictionary<string, object?> { ["Choice"] = choice });
        Assert.True(saved.Status == HttpStatusCode.Redirect, string.Join("; ", saved.ErrorSummary));
        Assert.Equal("/e-mail-settings?saved=true", saved.Location);
    }

    private Task<int> PersonOfAsync(int placementId) =>
        _app.WithDbAsync(db => db.Placements.Where(p => p.Id == placementId).Select(p => p.YoungPersonId).SingleAsync());

    private static List<string> LinksOnHub(MimeKit.MimeMessage message)
    {
        var links = Links().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).ToList();
        Assert.All(links, l => Assert.Equal(PublicAddress, l.GetLeftPart(UriPartial.Authority)));
        return links.Select(l => l.PathAndQuery).Distinct().ToList();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();
}
