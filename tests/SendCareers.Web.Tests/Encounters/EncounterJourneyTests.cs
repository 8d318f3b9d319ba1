using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Encounters.EncounterWorld;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Encounters;

/// <summary>
/// An encounter end to end through the pages, a real SQLite file, a real SMTP server and a fake clock:
/// scheduled, briefings with .ics to host, employer, coach and families, a change with an updated
/// invite, attendance recorded, debriefs only for those who came, answered and shown to the coach.
/// </summary>
public sealed class EncounterJourneyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
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

    /// <summary>
    /// A coach records a visit that happened last Friday: it is held, not scheduled, so nobody is briefed
    /// about the past; the register comes first, and only the young person marked as attended (with the
    /// host and the employer) is asked how it went.
    /// </summary>
    [Fact]
    public async Task AnEncounterAlreadyHeld_IsRecorded_RegisterFirst_DebriefsOnlyForThoseMarkedAttended()
    {
        var group = await GroupAsync(_app);
        var (came, absent) = (group[0], group[1]);
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var recorded = await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2026, 11, 20), group.Select(p => p.Id)));
        Assert.True(recorded.Status == HttpStatusCode.Redirect, $"{(int)recorded.Status} {string.Join("; ", recorded.ErrorSummary)}");
        Assert.EndsWith("/attendance?held=1", recorded.Location, StringComparison.Ordinal);
        var id = int.Parse(recorded.Location!.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(EncounterState.Held, await _app.WithDbAsync(db => db.Encounters.Where(e => e.Id == id).Select(e => e.State).SingleAsync()));
        var register = await coach.GetAsync(recorded.Location!);
        Assert.NotNull(register.Document.QuerySelector("[data-testid=recorded-as-held]"));
        Assert.Equal(0, await DispatchAsync(_app));
        Assert.Empty(_smtp.Messages());

        var marked = await coach.SubmitAsync(recorded.Location!, new Dictionary<string, object?>
        {
            [$"Marks[{came.Id}]"] = "Attended", [$"Marks[{absent.Id}]"] = "Absent",
        });
        Assert.Equal(HttpStatusCode.Redirect, marked.Status);
        await DispatchAsync(_app);
        var debriefs = await _smtp.WaitForAsync(m => Links(m, "/debrief/").Count > 0, count: 3);
        Assert.Equal(new[] { "employer@sendcareers.test", HostEmail, came.FamilyEmail }.Order(), debriefs.Select(To).Order());
        Assert.DoesNotContain(_smtp.Messages(), m => To(m) == absent.FamilyEmail);
        Assert.DoesNotContain(_smtp.Messages(), m => EncounterInvite(m) is not null);

        // More than a year ago is refused beside the date, and nothing is saved.
        var before = await _app.WithDbAsync(db => db.Encounters.CountAsync());
        var tooOld = await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2025, 11, 20), group.Select(p => p.Id)));
        Assert.Equal(HttpStatusCode.BadRequest, tooOld.Status);
        Assert.Contains("The date must be within the last 12 months, or in the future", tooOld.ErrorSummary);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Encounters.CountAsync()));
    }

    [Fact]
    public async Task Scheduled_RemindersWithIcs_Changed_AttendanceRecorded_DebriefsForThoseWhoCame()
    {
        var group = await GroupAsync(_app);
        var (came, absent) = (group[0], group[1]);
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var form = Form(employerId, new DateOnly(2026, 12, 3), group.Select(p => p.Id));
        form["Input.MeetingPoint"] = "the main entrance: ask for Hana";
        var scheduled = await coach.SubmitAsync("/coach/encounters/new", form);
        Assert.True(scheduled.Status == HttpStatusCode.Redirect, $"{(int)scheduled.Status} {string.Join("; ", scheduled.ErrorSummary)} {string.Join("\n", _app.Errors.Entries)}");
        var id = IdFrom(scheduled);
        Assert.Equal(1, await DispatchAsync(_app)); // only the employer's contact, asked whether they can host it
        Assert.StartsWith("Can you host", Assert.Single(await _smtp.WaitForAsync(_ => true, count: 1)).Subject, StringComparison.Ordinal);
        _smtp.Clear();

        // A week before: host, employer contact, coach and both families, each with an invite in UK time.
        _app.Clock!.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(5, await DispatchAsync(_app));
        var week = await _smtp.WaitForAsync(_ => true, count: 5);
        Assert.Equal(
            new[] { "coach@sendcareers.test", "employer@sendcareers.test", HostEmail, came.FamilyEmail, absent.FamilyEmail }.Order(),
            week.Select(To).Order());
        foreach (var message in week)
        {
            var calendarEvent = Assert.Single(EncounterInvite(message)!.Events);
            Assert.Equal(new DateTime(2026, 12, 3, 10, 0, 0), calendarEvent.DtStart!.Value);
            Assert.Equal("Europe/London", calendarEvent.DtStart.TzId);
        }

        var family = week.Single(m => To(m) == came.FamilyEmail);
        Assert.Contains("What will happen", family.TextBody, StringComparison.Ordinal);
        Assert.Contains("Where: Main reception, LS9 7TF.", family.TextBody, StringComparison.Ordinal);
        Assert.Contains("Go to the main entrance: ask for Hana. Hana Host from", family.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(absent.Name.Split(' ')[0], family.TextBody, StringComparison.Ordinal);
        var host = week.Single(m => To(m) == HostEmail);
        Assert.Contains(came.Name.Split(' ')[0], host.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(came.FamilyEmail, host.TextBody, StringComparison.Ordinal);

        // The time changes: everyone already briefed gets an updated invite (SEQUENCE 1).
        _smtp.Clear();
        await coach.SignInAsync("coach@sendcareers.test");
        var changed = await coach.SubmitAsync($"/coach/encounters/{id}/edit", Form(employerId, new DateOnly(2026, 12, 3), group.Select(p => p.Id), start: "11am", end: "12:30pm"));
        Assert.True(changed.Status == HttpStatusCode.Redirect, $"{(int)changed.Status} {string.Join("; ", changed.ErrorSummary)}");
        Assert.Equal(5, await DispatchAsync(_app));
        var notices = await _smtp.WaitForAsync(_ => true, count: 5);
        Assert.All(notices, m => Assert.StartsWith("Changed:", m.Subject, StringComparison.Ordinal));
        Assert.All(notices, m => Assert.Equal(1, EncounterInvite(m)!.Events.Single().Sequence));
        Assert.All(notices, m => Assert.Equal(new DateTime(2026, 12, 3, 11, 0, 0), EncounterInvite(m)!.Events.Single().DtStart!.Value));

        // Attendance cannot be recorded before it starts.
        await coach.SignInAsync("coach@sendcareers.test");
        var early = await coach.SubmitAsync($"/coach/encounters/{id}/attendance", new Dictionary<string, object?>
        {
            [$"Marks[{came.Id}]"] = "Attended", [$"Marks[{absent.Id}]"] = "Absent",
        });
        Assert.Equal(HttpStatusCode.BadRequest, early.Status);
        Assert.Contains(early.ErrorSummary, e => e.StartsWith("You can record attendance once the encounter has started", StringComparison.Ordinal));

        // The day before goes out; then, after the encounter, the register is marked.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero));
        await DispatchAsync(_app);
        using var coachAgain = _app.CreateFormClient();
        await coachAgain.SignInAsync("coach@sendcareers.test");
        var missing = await coachAgain.SubmitAsync($"/coach/encounters/{id}/attendance", new Dictionary<string, object?> { [$"Marks[{came.Id}]"] = "Attended" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal([$"Select attended, absent or excused for {absent.Name}"], missing.ErrorSummary);
        Assert.Equal(0, await _app.WithDbAsync(db => db.EncounterAttendees.CountAsync(a => a.EncounterId == id && a.Attendance != null)));

        var marked = await coachAgain.SubmitAsync($"/coach/encounters/{id}/attendance", new Dictionary<string, object?>
        {
            [$"Marks[{came.Id}]"] = "Attended", [$"Marks[{absent.Id}]"] = "Absent",
        });
        Assert.True(marked.Status == HttpStatusCode.Redirect, $"{(int)marked.Status} {string.Join("; ", marked.ErrorSummary)}");

        // Two hours after the end: the host and employer contact, and only the young person who came.
        _smtp.Clear();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 14, 31, 0, TimeSpan.Zero));
        await DispatchAsync(_app);
        var debriefs = await _smtp.WaitForAsync(m => Links(m, "/debrief/").Count > 0, count: 3);
        Assert.Equal(new[] { "employer@sendcareers.test", HostEmail, came.FamilyEmail }.Order(), debriefs.Select(To).Order());
        var easyReadLink = Links(debriefs.Single(m => To(m) == came.FamilyEmail), "/debrief/").Single();
        var hostLink = Links(debriefs.Single(m => To(m) == HostEmail), "/debrief/").Single();
        Assert.Equal(0, await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.SubjectType == "encounter" && m.SubjectId == id && m.DedupeKey.EndsWith($"young-person-{absent.Id}") && m.State == MessageState.Sent)));

        using var visitor = _app.CreateFormClient();
        var easyRead = await visitor.GetAsync(easyReadLink);
        Assert.Equal(HttpStatusCode.OK, easyRead.Status);
        Assert.Contains("Pick a face", easyRead.Text, StringComparison.Ordinal);
        Assert.Contains("You went to", easyRead.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitAsync(easyReadLink, new Dictionary<string, object?> { ["Rating"] = "5", ["WentWell"] = "Seeing the big ovens" })).Status);
        Assert.Equal(HttpStatusCode.Gone, (await visitor.GetAsync(easyReadLink)).Status);
        var hostForm = await visitor.GetAsync(hostLink);
        Assert.Contains("Would you host another encounter?", hostForm.Text, StringComparison.Ordinal);
        Assert.Null(hostForm.Document.QuerySelector("input[name=NextStep]"));
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitAsync(hostLink, new Dictionary<string, object?> { ["Rating"] = "4", ["WentWell"] = "Lots of good questions", ["WouldHostAgain"] = "yes" })).Status);

        await coachAgain.SignInAsync("coach@sendcareers.test");
        var page = await coachAgain.GetAsync($"/coach/encounters/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Seeing the big ovens", page.Text, StringComparison.Ordinal);
        Assert.Contains("Lots of good questions", page.Text, StringComparison.Ordinal);
        var register = page.Document.QuerySelector("[data-testid=register]")!.TextContent;
        Assert.Contains("Attended", register, StringComparison.Ordinal);
        Assert.Contains("Absent", register, StringComparison.Ordinal);
        var stored = await _app.WithDbAsync(db => db.Debriefs.Where(d => d.EncounterId == id).OrderBy(d => d.Respondent).ToListAsync());
        Assert.Equal([(DebriefRespondent.Employer, (int?)null), (DebriefRespondent.YoungPerson, came.Id)], stored.Select(d => (d.Respondent, d.YoungPersonId)));
        Assert.Equal(AttendanceMark.Attended, await _app.WithDbAsync(db => db.EncounterAttendees.Where(a => a.EncounterId == id && a.YoungPersonId == came.Id).Select(a => a.Attendance).SingleAsync()));
    }

    [Fact]
    public async Task Cancelled_BriefedPeopleGetACancellingInvite_AndNothingElse()
    {
        var group = await GroupAsync(_app, 1);
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2026, 11, 27), group.Select(p => p.Id))));

        // Four days ahead: the 7-day briefing is caught up at once (and the employer is asked whether they can host it).
        Assert.Equal(5, await DispatchAsync(_app));
        await _smtp.WaitForAsync(_ => true, count: 5);
        _smtp.Clear();

        var cancelled = await coach.SubmitAsync($"/coach/encounters/{id}", new Dictionary<string, object?>(), action: $"/coach/encounters/{id}?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal(4, await DispatchAsync(_app));
        var notices = await _smtp.WaitForAsync(_ => true, count: 4);
        Assert.All(notices, m => Assert.StartsWith("Cancelled:", m.Subject, StringComparison.Ordinal));
        Assert.All(notices, m => Assert.Equal("CANCEL", EncounterInvite(m)!.Method));

        _app.Clock!.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await DispatchAsync(_app));
    }

    [Fact]
    public async Task DayBefore_FamilyAndHostCanReply_CantMakeItAlertsTheCoachAtOnce_AndThePageShowsTheReplies()
    {
        var group = await GroupAsync(_app);
        var (going, notGoing) = (group[0], group[1]);
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2026, 12, 3), group.Select(p => p.Id))));

        // The week-before briefings carry no reply links; the day-before ones do, for families and the host.
        _app.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 26, 10, 1, 0, TimeSpan.Zero));
        await DispatchAsync(_app);
        var week = await _smtp.WaitForAsync(_ => true, count: 5);
        Assert.All(week, m => Assert.Empty(Links(m, "/attendance/")));
        _smtp.Clear();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 10, 1, 0, TimeSpan.Zero));
        Assert.Equal(5, await DispatchAsync(_app));
        var dayBefore = await _smtp.WaitForAsync(_ => true, count: 5);
        Assert.Empty(Links(dayBefore.Single(m => To(m) == "coach@sendcareers.test"), "/attendance/"));
        var notGoingLinks = Links(dayBefore.Single(m => To(m) == notGoing.FamilyEmail), "/attendance/");
        Assert.Equal(2, notGoingLinks.Count);
        Assert.All(notGoingLinks, l => Assert.DoesNotContain(notGoing.Name.Split(' ')[0], l, StringComparison.OrdinalIgnoreCase));
        var goingYes = Links(dayBefore.Single(m => To(m) == going.FamilyEmail), "/attendance/").Single(l => l.EndsWith("answer=yes", StringComparison.Ordinal));
        var hostYes = Links(dayBefore.Single(m => To(m) == HostEmail), "/attendance/").Single(l => l.EndsWith("answer=yes", StringComparison.Ordinal));

        // Opening a link changes nothing; the button sends the answer.
        _smtp.Clear();
        using var family = _app.CreateFormClient();
        var cantMakeIt = notGoingLinks.Single(l => l.EndsWith("answer=no", StringComparison.Ordinal));
        var opened = await family.GetAsync(cantMakeIt);
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Contains($"{notGoing.Name.Split(' ')[0]} is going to", opened.Text, StringComparison.Ordinal);
        Assert.Equal(0, await DispatchAsync(_app));
        Assert.Equal(HttpStatusCode.Redirect, (await family.SubmitAsync(cantMakeIt, new Dictionary<string, object?> { ["Answer"] = "no" })).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await family.SubmitAsync(goingYes, new Dictionary<string, object?> { ["Answer"] = "yes" })).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await family.SubmitAsync(hostYes, new Dictionary<string, object?> { ["Answer"] = "yes" })).Status);

        // Only the coach is alerted about a family's reply, once, with the young person's first name.
        Assert.Equal(1, await DispatchAsync(_app));
        var alert = Assert.Single(await _smtp.WaitForAsync(_ => true));
        Assert.Equal("coach@sendcareers.test", To(alert));
        Assert.Equal($"Can't make it: {notGoing.Name.Split(' ')[0]}, Behind the scenes in the kitchen", alert.Subject);
        Assert.Equal(HttpStatusCode.Redirect, (await family.SubmitAsync(cantMakeIt, new Dictionary<string, object?> { ["Answer"] = "no" })).Status);
        Assert.Equal(0, await DispatchAsync(_app));

        await coach.SignInAsync("coach@sendcareers.test");
        var page = await coach.GetAsync($"/coach/encounters/{id}");
        var rows = page.Document.QuerySelectorAll("[data-testid=register] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(notGoing.Name, StringComparison.Ordinal) && r.Contains("Can't come", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(going.Name, StringComparison.Ordinal) && r.Contains("Coming", StringComparison.Ordinal));
        Assert.StartsWith("Ready", page.Document.QuerySelector("[data-testid=host-reply]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task HostCantHost_AlertsCoachAndEmployerContact_AndACancelledEncountersLinkSaysSo()
    {
        var group = await GroupAsync(_app, 1);
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2026, 11, 26), group.Select(p => p.Id))));

        // Three days ahead: the week-before briefing is caught up at once, then the day before comes.
        await DispatchAsync(_app);
        await _smtp.WaitForAsync(_ => true, count: 4);
        _smtp.Clear();
        _app.Clock!.SetUtcNow(new DateTimeOffset(2026, 11, 25, 10, 1, 0, TimeSpan.Zero));
        Assert.Equal(4, await DispatchAsync(_app));
        var briefings = await _smtp.WaitForAsync(_ => true, count: 4);
        var hostNo = Links(briefings.Single(m => To(m) == HostEmail), "/attendance/").Single(l => l.EndsWith("answer=no", StringComparison.Ordinal));
        var familyYes = Links(briefings.Single(m => To(m) == group[0].FamilyEmail), "/attendance/").Single(l => l.EndsWith("answer=yes", StringComparison.Ordinal));
        _smtp.Clear();

        using var host = _app.CreateFormClient();
        var form = await host.GetAsync(hostNo);
        Assert.Contains("1 young person come to Behind the scenes in the kitchen", form.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await host.SubmitAsync(hostNo, new Dictionary<string, object?> { ["Answer"] = "no" })).Status);
        Assert.Equal(2, await DispatchAsync(_app));
        var alerts = await _smtp.WaitForAsync(_ => true, count: 2);
        Assert.Equal(new[] { "coach@sendcareers.test", "employer@sendcareers.test" }.Order(), alerts.Select(To).Order());
        Assert.All(alerts, m => Assert.Contains("said they cannot host", m.TextBody, StringComparison.Ordinal));

        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync($"/coach/encounters/{id}", new Dictionary<string, object?>(), action: $"/coach/encounters/{id}?handler=Cancel")).Status);
        var gone = await host.GetAsync(familyYes);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Contains("This is not going ahead", gone.Text, StringComparison.Ordinal);
        Assert.Empty(_app.Errors.Entries);
    }
}
