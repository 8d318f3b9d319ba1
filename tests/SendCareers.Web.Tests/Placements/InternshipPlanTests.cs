using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// A job coach plans a supported internship's rotations (with the plan rules' errors and advice),
/// the debriefs after each rotation follow every change, go out when the clock passes the end and are
/// answered in Easy Read; handover and outcome are checked and shown; another school's coach gets 404.
/// Real SQLite file, real SMTP server, fake clock.
/// </summary>
public sealed class InternshipPlanTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime FirstDay = new(2026, 11, 30, 9, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime LastDay = new(2027, 6, 25, 14, 0, 0, DateTimeKind.Utc);
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp).WithClock(Monday);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Rotation_BadValuesExplainedBesideEachField_NothingSaved_AdviceShownAfterSaving()
    {
        var id = (await SeedInternshipAsync(PlacementState.Confirmed)).PlacementId;
        using var coach = await CoachAsync();
        var add = $"/coach/placements/{id}/rotations";

        var empty = await coach.SubmitAsync(add, new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Enter the name of the rotation, such as the department or job", "Enter the first day", "Enter the last day"], empty.ErrorSummary);
        Assert.Equal("Enter the first day", empty.FieldError("starts-on"));

        var backwards = await coach.SubmitAsync(add, Rotation("Portering", "19 2 2027", "30 11 2026"));
        Assert.Equal(["Last day must be the same as or after the first day"], backwards.ErrorSummary);
        Assert.Equal("Portering", backwards.Document.QuerySelector("#name")!.GetAttribute("value"));

        var outside = await coach.SubmitAsync(add, Rotation("Portering", "2 11 2026", "22 1 2027"));
        Assert.Equal(HttpStatusCode.BadRequest, outside.Status);
        Assert.StartsWith("Rotation 1 (Portering) must be within the internship", Assert.Single(outside.ErrorSummary), StringComparison.Ordinal);
        Assert.NotNull(outside.FieldError("starts-on"));
        Assert.Equal("2", outside.Document.QuerySelector("#starts-on")!.GetAttribute("value"));

        var tooShort = await coach.SubmitAsync(add, Rotation("Portering", "30 11 2026", "11 12 2026"));
        Assert.Contains("A rotation needs at least 4 weeks", tooShort.FieldError("ends-on"), StringComparison.Ordinal);
        Assert.Equal(0, await RotationCountAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync(add, Rotation("Portering", "30 11 2026", "19 2 2027"))).Status);
        var overlap = await coach.SubmitAsync(add, Rotation("Stores", "15 2 2027", "7 5 2027"));
        Assert.Equal(HttpStatusCode.BadRequest, overlap.Status);
        Assert.Contains("Rotations must not overlap.", overlap.FieldError("starts-on"), StringComparison.Ordinal);
        Assert.Equal(1, await RotationCountAsync(id));

        // Six weeks is advice, not an error: it saves, and the internship page says so.
        var shortish = await coach.SubmitAsync(add, Rotation("Stores", "22 2 2027", "2 4 2027"));
        Assert.Equal(HttpStatusCode.Redirect, shortish.Status);
        var page = await coach.GetAsync($"/coach/placements/{id}/internship");
        Assert.Equal(2, page.Document.QuerySelectorAll("[data-testid=rotations] .govuk-summary-list__row").Length);
        var warnings = page.Document.QuerySelector("[data-testid=rotation-warnings]")!.TextContent;
        Assert.Contains("Rotations usually last 10 to 12 weeks", warnings, StringComparison.Ordinal);
        Assert.Contains("Most supported internships have 3 rotations", warnings, StringComparison.Ordinal);
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.SubjectType == AuditTrail.Placement && a.SubjectId == id.ToString() && a.Action == "Added a rotation to the internship")));
    }

    [Fact]
    public async Task RotationDebriefs_PlannedOnce_MovedOnChange_CancelledOnRemoval_DeliveredAndAnsweredInEasyRead()
    {
        var seeded = await SeedInternshipAsync(PlacementState.Confirmed);
        var id = seeded.PlacementId;
        using var coach = await CoachAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync($"/coach/placements/{id}/rotations", Rotation("Portering", "30 11 2026", "19 2 2027"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync($"/coach/placements/{id}/rotations", Rotation("Stores and deliveries", "22 2 2027", "14 5 2027"))).Status);

        // Each rotation end: the employer contact and the supervisor (employer form), the young person (Easy Read, through the family).
        var afterFirst = await PendingAsync(id, "rotation-1-end");
        Assert.Equal(["debrief-employer", "debrief-employer", "debrief-young-person"], afterFirst.Where(k => !k.Contains("chaser", StringComparison.Ordinal)).Select(k => k.Split(':')[2]).Order());
        Assert.All(afterFirst, k => Assert.Contains(":20270219T150000Z:", k, StringComparison.Ordinal));
        Assert.Equal(6, afterFirst.Count);
        Assert.Equal(6, (await PendingAsync(id, "rotation-2-end")).Count);

        // Saving rotation 1 unchanged plans nothing twice.
        var all = await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.SubjectId == id));
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync($"/coach/placements/{id}/rotations/1", new Dictionary<string, object?>())).Status);
        Assert.Equal(all, await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.SubjectId == id)));

        // Rotation 1 now ends a week earlier: its debriefs move with it.
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync($"/coach/placements/{id}/rotations/1", Rotation("Portering", "30 11 2026", "12 2 2027"))).Status);
        var moved = await PendingAsync(id, "rotation-1-end");
        Assert.Equal(6, moved.Count);
        Assert.All(moved, k => Assert.Contains(":20270212T150000Z:", k, StringComparison.Ordinal));
        Assert.Equal(6, await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.SubjectId == id && m.State == MessageState.Cancelled && m.DedupeKey.Contains("20270219T150000Z"))));

        // Rotation 2 removed: its debriefs are cancelled.
        var removed = await coach.SubmitAsync($"/coach/placements/{id}/rotations/2/remove", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Empty(await PendingAsync(id, "rotation-2-end"));
        Assert.Equal(1, await RotationCountAsync(id));

        // The clock passes the end of rotation 1: the debriefs go out with links that work.
        _app.Clock!.Advance(new DateTimeOffset(2027, 2, 12, 17, 1, 0, TimeSpan.Zero) - _app.Clock.GetUtcNow());
        await AdvancePlacementsAsync(_app);
        await DispatchAsync(_app);
        var debriefs = await _smtp.WaitForAsync(m => Links(m, "/debrief/").Count > 0, count: 3);
        Assert.Equal(new[] { "employer@sendcareers.test", FamilyEmail, SupervisorEmail }.Order(), debriefs.Select(To).Order());
        var easyReadMail = debriefs.Single(m => To(m) == FamilyEmail);
        Assert.Equal($"{seeded.FirstName}, how was Portering?", easyReadMail.Subject);
        var link = Links(easyReadMail, "/debrief/").Single();

        using var family = _app.CreateFormClient();
        var form = await family.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Pick a face", form.Text, StringComparison.Ordinal);
        var answered = await family.SubmitAsync(link, new Dictionary<string, object?> { ["Rating"] = "5", ["WentWell"] = "Pushing the big trolleys" });
        Assert.Equal(HttpStatusCode.Redirect, answered.Status);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Debriefs.Where(d => d.PlacementId == id).Select(d => d.RotationNumber).SingleAsync()));

        // The coach (signed in again: months have passed) sees the answer under its rotation.
        using var coachLater = await CoachAsync();
        var page = await coachLater.GetAsync($"/coach/placements/{id}");
        Assert.True(page.Status == HttpStatusCode.OK, string.Join("\n", _app.Errors.Entries));
        var group = page.Document.QuerySelector("[data-testid=debriefs-rotation-1]")!.TextContent;
        Assert.Contains("After rotation 1: Portering", group, StringComparison.Ordinal);
        Assert.Contains("Pushing the big trolleys", group, StringComparison.Ordinal);
        Assert.Contains("Debrief employer (rotation 1)", page.Text, StringComparison.Ordinal);

        // Answered: the young person's chaser is not sent; the employer's still waits.
        _smtp.Clear();
        _app.Clock.Advance(TimeSpan.FromDays(4));
        await DispatchAsync(_app);
        var chasers = await _smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith("Reminder:", StringComparison.Ordinal), count: 2);
        Assert.DoesNotContain(chasers, m => To(m) == FamilyEmail);
    }

    [Fact]
    public async Task HandoverAndOutcome_Validated_ThenShown()
    {
        var id = (await SeedInternshipAsync(PlacementState.InProgress, FirstDay.AddDays(-21))).PlacementId;
        using var coach = await CoachAsync();
        var handover = $"/coach/placements/{id}/handover";

        var empty = await coach.SubmitAsync(handover, new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Enter the line manager's name", "Enter the handover date"], empty.ErrorSummary);

        var bad = await coach.SubmitAsync(handover, new Dictionary<string, object?>
        {
            ["LineManagerName"] = "Priya Shah", ["HandedOverOn.Day"] = "1", ["HandedOverOn.Month"] = "1", ["HandedOverOn.Year"] = "2026",
            ["HandoverNotes"] = new string('x', 2001),
        });
        Assert.Equal(["Handover date must be on or after the first day of the internship, 9 November 2026", "Notes must be 2,000 characters or fewer"], bad.ErrorSummary);
        Assert.Equal("Priya Shah", bad.Document.QuerySelector("#line-manager-name")!.GetAttribute("value"));
        Assert.Null(await _app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.LineManagerName).SingleAsync()));

        var saved = await coach.SubmitAsync(handover, new Dictionary<string, object?>
        {
            ["LineManagerName"] = "Priya Shah", ["HandedOverOn.Day"] = "1", ["HandedOverOn.Month"] = "3", ["HandedOverOn.Year"] = "2027",
            ["HandoverNotes"] = "Priya checks in at breaks; the coach visits on Fridays",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var internship = await coach.GetAsync($"/coach/placements/{id}/internship");
        var shown = internship.Document.QuerySelector("[data-testid=handover]")!.TextContent;
        Assert.Contains("Priya Shah", shown, StringComparison.Ordinal);
        Assert.Contains("1 March 2027", shown, StringComparison.Ordinal);

        var outcome = $"/coach/placements/{id}/outcome";
        var none = await coach.SubmitAsync(outcome, new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, none.Status);
        Assert.Equal(["Select yes if a paid job was offered", "Select where the Access to Work claim stands", "Select the next step"], none.ErrorSummary);

        async Task<IReadOnlyList<string>> HoursErrorAsync(string offered, string hours) => (await coach.SubmitAsync(outcome, new Dictionary<string, object?>
        {
            ["PaidJobOffered"] = offered, ["HoursPerWeek"] = hours, ["AccessToWork"] = "approved", ["NextStep"] = "paid-job",
        })).ErrorSummary;

        Assert.Equal(["Enter the hours a week of the job offered"], await HoursErrorAsync("yes", ""));
        Assert.Equal(["Hours a week must be between 1 and 48"], await HoursErrorAsync("yes", "60"));
        Assert.Equal(["Hours a week must be between 1 and 48"], await HoursErrorAsync("yes", "0.5"));
        Assert.Equal(["Hours a week must be a number, like 16 or 22.5"], await HoursErrorAsync("yes", "twenty"));
        Assert.Equal(["Only enter hours a week if a paid job was offered"], await HoursErrorAsync("no", "20"));
        Assert.Null(await _app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.OutcomeAccessToWork).SingleAsync()));

        Assert.Empty(await HoursErrorAsync("yes", "22.5"));
        var details = await coach.GetAsync($"/coach/placements/{id}");
        Assert.Equal("Yes", details.Document.QuerySelector("[data-testid=paid-job]")!.TextContent.Trim());
        Assert.Equal("22.5 (paid employment)", details.Document.QuerySelector("[data-testid=hours]")!.TextContent.Trim());
        Assert.Equal("Approved", details.Document.QuerySelector("[data-testid=access-to-work]")!.TextContent.Trim());
        Assert.Equal("A paid job", details.Document.QuerySelector("[data-testid=next-step]")!.TextContent.Trim());
        Assert.Contains("To Priya Shah on 1 March 2027", details.Document.QuerySelector("[data-testid=handover]")!.TextContent, StringComparison.Ordinal);

        var actions = await _app.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectType == AuditTrail.Placement && a.SubjectId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("Recorded the handover to the line manager", actions);
        Assert.Contains("Recorded the outcome of the internship", actions);
    }

    [Fact]
    public async Task CoachOfAnotherSchool_Gets404_OnEveryNewPageAndPost()
    {
        var id = (await SeedInternshipAsync(PlacementState.InProgress, FirstDay.AddDays(-21))).PlacementId;
        using var coach = await CoachAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync($"/coach/placements/{id}/rotations", Rotation("Portering", "9 11 2026", "29 1 2027"))).Status);

        using var other = _app.CreateFormClient();
        await other.SignInAsync("coach.hollin@sendcareers.test");
        var token = (await other.GetAsync("/coach/placements")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var path in new[] { "rotations", "rotations/1", "rotations/1/remove", "handover", "outcome" })
        {
            var url = $"/coach/placements/{id}/{path}";
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).Status);
            var post = await other.PostAsync(url, [
                new("__RequestVerificationToken", token), new("Name", "Theirs"), new("LineManagerName", "Theirs"), new("PaidJobOffered", "no"),
                new("AccessToWork", "not-needed"), new("NextStep", "paid-job")]);
            Assert.True(post.Status == HttpStatusCode.NotFound, $"{url}: {(int)post.Status}");
        }

        Assert.Equal(1, await RotationCountAsync(id));
        Assert.Null(await _app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.LineManagerName).SingleAsync()));
    }

    private Task<Seeded> SeedInternshipAsync(PlacementState state, DateTime? firstDay = null) =>
        SeedAsync(_app, state, startsAtUtc: firstDay ?? FirstDay, endsAtUtc: LastDay, kind: OpeningKind.SupportedInternship);

    private async Task<FormClient> CoachAsync()
    {
        var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        return coach;
    }

    private static Dictionary<string, object?> Rotation(string name, string first, string last)
    {
        var (f, l) = (first.Split(' '), last.Split(' '));
        return new()
        {
            ["Name"] = name,
            ["StartsOn.Day"] = f[0], ["StartsOn.Month"] = f[1], ["StartsOn.Year"] = f[2],
            ["EndsOn.Day"] = l[0], ["EndsOn.Month"] = l[1], ["EndsOn.Year"] = l[2],
        };
    }

    private Task<int> RotationCountAsync(int id) => _app.WithDbAsync(db => db.Rotations.CountAsync(r => r.PlacementId == id));

    private Task<List<string>> PendingAsync(int id, string slot) => _app.WithDbAsync(db => db.ScheduledMessages
        .Where(m => m.SubjectId == id && m.State == MessageState.Pending && m.DedupeKey.Contains(":" + slot + ":") || m.SubjectId == id && m.State == MessageState.Pending && m.DedupeKey.Contains("-" + slot + ":"))
        .Select(m => m.DedupeKey).ToListAsync());
}
