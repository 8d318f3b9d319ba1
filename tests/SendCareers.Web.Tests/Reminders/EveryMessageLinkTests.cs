using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Employers;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Reminders;

/// <summary>
/// Every kind of e-mail the hub sends, sent as Hangfire sends them (the dispatcher in a scope of its
/// own, with no web request to take an address from), has links on the hub's public address only:
/// in the plain text, in the HTML and in calendar invites. The demo hub's placements and encounters
/// are run through six weeks, and the notices, an invitation and a daily summary are made on top.
/// </summary>
public sealed partial class EveryMessageLinkTests : IAsyncLifetime
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
    public async Task EveryKindOfEmail_FromABackgroundJob_LinksOnlyToTheHubsPublicAddress()
    {
        // Placements and encounters that will be briefed, held and debriefed in the coming weeks.
        var seeded = await SeedAsync(_app, PlacementState.Confirmed, startsAtUtc: Monday.AddDays(9).UtcDateTime, endsAtUtc: Monday.AddDays(11).UtcDateTime);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            var placement = await db.Placements.Include(p => p.Opening).Include(p => p.YoungPerson).SingleAsync(p => p.Id == seeded.PlacementId);
            await scope.ServiceProvider.GetRequiredService<Web.Placements.PlacementReminders>().PlanAsync(placement, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        // Notices: a proposal, its answer; an invitation; a sign-up waiting; and a daily summary for the admin (who gets the sign-up in it).
        await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@sendcareers.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsDailySummary, true)));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var (proposed, _) = await ProposeToDemoEmployerAsync(_app, coach);
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        await DispatchAsync(_app); // the proposal goes before it is answered
        var url = $"/my-organisation/placements/{proposed}";
        Assert.Equal(HttpStatusCode.Redirect, (await employer.SubmitAsync(url, new Dictionary<string, object?> { ["DeclineReason"] = "Full that week" }, action: $"{url}?handler=Decline")).Status);
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var school = await _app.WithDbAsync(db => db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/accounts/invite", new Dictionary<string, object?>
        {
            ["Input.Name"] = "New Coach", ["Input.Email"] = "new.coach@example.org", ["Role"] = "JobCoach", ["SchoolId"] = school.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).Status);
        using var bakery = _app.CreateFormClient();
        await SignUpDriver.SignUpAsync(bakery, SignUpDriver.ValidAnswers("priya@wharfedale-bakery.example"));
        var verify = Assert.Single(await _smtp.WaitForAsync(m => To(m) == "priya@wharfedale-bakery.example", count: 1));
        Assert.Equal(HttpStatusCode.Redirect, (await bakery.SubmitAsync(SignUpDriver.VerifyPath(verify), new Dictionary<string, object?>
        {
            ["Input.Password"] = "warm bread every morning", ["Input.ConfirmPassword"] = "warm bread every morning",
        })).Status);

        // Six weeks, a few hours at a time, as the recurring jobs would run them.
        for (var hours = 0; hours <= 42 * 24; hours += 6)
        {
            _app.Clock!.SetUtcNow(Monday.AddHours(hours));
            await AdvancePlacementsAsync(_app);
            await DispatchAsync(_app);
        }

        var sent = await _app.WithDbAsync(db => db.ScheduledMessages.AsNoTracking().Where(m => m.State == MessageState.Sent && m.DigestId == null)
            .Select(m => new { m.MessageId, m.Kind }).ToListAsync());
        var kinds = sent.ToDictionary(m => m.MessageId.Trim('<', '>'), m => m.Kind);
        var mails = _smtp.Messages().Where(m => m.MessageId is { } id && kinds.ContainsKey(id)).ToList();
        var seen = mails.Select(m => kinds[m.MessageId!]).ToHashSet();
        // Briefings carry which one they are ("briefing-family-1"): count them by their kind.
        bool Sent(string kind) => seen.Any(k => k == kind || k.StartsWith(kind + "-", StringComparison.Ordinal) && char.IsAsciiDigit(k[^1]));

        string[] expected =
        [
            "briefing-supervisor", "briefing-job-coach", "briefing-family",
            "debrief-employer", "debrief-young-person", "debrief-family", "debrief-chaser",
            "notice-proposal", "notice-answer", "daily-summary", "invitation",
        ];
        Assert.True(expected.All(Sent), $"Not sent: {string.Join(", ", expected.Where(k => !Sent(k)))}; sent: {string.Join(", ", seen.Order())}");

        var offAddress = new List<string>();
        foreach (var mail in mails)
        {
            var text = string.Join("\n", mail.TextBody, mail.HtmlBody,
                string.Join("\n", mail.BodyParts.OfType<MimeKit.TextPart>().Where(p => p.ContentType.MimeType == "text/calendar").Select(p => p.Text)));
            foreach (Match link in AnyLink().Matches(text))
            {
                var value = link.Value.TrimEnd('.', ',', ')', ';');
                if (!value.StartsWith(PublicAddress + "/", StringComparison.Ordinal) && value != PublicAddress)
                {
                    offAddress.Add($"{kinds[mail.MessageId!]}: {value}");
                }
            }
        }

        Assert.True(offAddress.Count == 0, "Links off the hub's address:\n" + string.Join("\n", offAddress.Distinct()));
        // Those that ask someone to act carry their link (so the check above had links to look at).
        Assert.All(mails.Where(m => kinds[m.MessageId!].StartsWith("debrief-", StringComparison.Ordinal) || kinds[m.MessageId!].StartsWith("notice-", StringComparison.Ordinal)
                || kinds[m.MessageId!] is "invitation" or "daily-summary"),
            m => Assert.Matches(AnyLink(), m.TextBody ?? ""));
        Assert.Empty(_app.Errors.Entries);
    }

    [GeneratedRegex(@"(?:https?|webcal)://[^\s<>""'\\]+")]
    private static partial Regex AnyLink();
}
