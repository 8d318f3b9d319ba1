using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// The issue's "done when", end to end through the pages, a real SQLite file, a real SMTP server and a
/// fake clock: accept, confirm 8 days ahead, briefings with .ics at 7 days and 1 day, "can't make it",
/// debriefs after the end answered (the young person's in Easy Read) and shown to the coach.
/// </summary>
public sealed class PlacementJourneyTests : IAsyncLifetime
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

    [Fact]
    public async Task ConfirmEightDaysAhead_RemindersWithIcs_CantMakeIt_DebriefsAnsweredAndShown()
    {
        var seeded = await SeedAsync(_app, PlacementState.Proposed);
        var id = seeded.PlacementId;

        // The employer accepts and names a supervisor.
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var list = await employer.GetAsync("/my-organisation/placements");
        Assert.Contains(seeded.FirstName, list.Text, StringComparison.Ordinal);
        var accepted = await employer.SubmitAsync($"/my-organisation/placements/{id}",
            new Dictionary<string, object?> { ["SupervisorName"] = "Sam Supervisor", ["SupervisorEmail"] = SupervisorEmail },
            action: $"/my-organisation/placements/{id}?handler=Accept");
        Assert.True(accepted.Status == HttpStatusCode.Redirect, $"{(int)accepted.Status} {string.Join("; ", accepted.ErrorSummary)} {string.Join("\n", _app.Errors.Entries)}");

        // The coach confirms it to start in 8 days.
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var confirmed = await coach.SubmitAsync($"/coach/placements/{id}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "4", ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
            ["SupervisorEmail"] = SupervisorEmail,
            ["TravelPlan"] = "Bus 42 with mum on the first day",
        });
        Assert.True(confirmed.Status == HttpStatusCode.Redirect, $"{(int)confirmed.Status} {string.Join("; ", confirmed.ErrorSummary)} {string.Join("\n", _app.Errors.Entries)}");

        // Straight away only the notices go: the coach hears the employer agreed, the employer that it is confirmed.
        // No briefing yet: that waits for a week before the start.
        Assert.Equal(2, await DispatchAsync(_app));
        var notices = await _smtp.WaitForAsync(_ => true, count: 2);
        Assert.Equal(new[] { "coach@sendcareers.test", "employer@sendcareers.test" }, notices.Select(To).Order());
        Assert.All(notices, m => Assert.Null(Invite(m)));
        _smtp.Clear();

        // A week before: employer contact, supervisor, job coach and family, each with an invite.
        _app.Clock!.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(31));
        Assert.Equal(4, await DispatchAsync(_app));
        var week = await _smtp.WaitForAsync(_ => true, count: 4);
        Assert.Equal(
            new[] { "coach@sendcareers.test", "employer@sendcareers.test", FamilyEmail, SupervisorEmail }.Order(),
            week.Select(To).Order());
        foreach (var message in week)
        {
            var invite = Invite(message);
            Assert.NotNull(invite);
            var calendarEvent = Assert.Single(invite.Events);
            Assert.Equal("Europe/London", calendarEvent.DtStart!.TzId);
            Assert.Equal(new DateTime(2026, 12, 1, 9, 30, 0), calendarEvent.DtStart.Value);
            Assert.Equal(new DateTime(2026, 12, 4, 15, 0, 0), calendarEvent.DtEnd!.Value);
            Assert.DoesNotContain("2009", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("LS7 3QB", message.TextBody, StringComparison.Ordinal);
        }

        var family = week.Single(m => To(m) == FamilyEmail);
        Assert.Contains("What will happen", family.TextBody, StringComparison.Ordinal);
        Assert.Empty(Links(family, "/attendance/"));

        // The day before: the same four again, and the family can say whether they can make it.
        _smtp.Clear();
        _app.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(4, await DispatchAsync(_app));
        var dayBefore = await _smtp.WaitForAsync(_ => true, count: 4);
        var attendance = Links(dayBefore.Single(m => To(m) == FamilyEmail), "/attendance/");
        Assert.Equal(2, attendance.Count);
        var cantMakeIt = attendance.Single(l => l.EndsWith("answer=no", StringComparison.Ordinal));
        Assert.DoesNotContain(seeded.FirstName, cantMakeIt, StringComparison.Ordinal);

        _smtp.Clear();
        using var visitor = _app.CreateFormClient();
        var replied = await visitor.SubmitAsync(cantMakeIt, new Dictionary<string, object?> { ["Answer"] = "no" });
        Assert.Equal(HttpStatusCode.Redirect, replied.Status);
        Assert.True(await DispatchAsync(_app) >= 1);
        var alerts = await _smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith("Can't make it", StringComparison.Ordinal));
        Assert.Contains(alerts, m => To(m) == "coach@sendcareers.test");

        // After the end: the placement completes by itself and three kinds of debrief go out.
        _smtp.Clear();
        _app.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(2, await AdvancePlacementsAsync(_app));
        Assert.True(await DispatchAsync(_app) >= 4);
        var debriefs = await _smtp.WaitForAsync(m => Links(m, "/debrief/").Count > 0, count: 4);
        var youngPersonMail = debriefs.Single(m => (m.Subject ?? "").Contains("how did it go?", StringComparison.Ordinal) && (m.Subject ?? "").StartsWith(seeded.FirstName, StringComparison.Ordinal));
        Assert.DoesNotContain("For the job coach", youngPersonMail.TextBody, StringComparison.Ordinal);
        var youngPersonLink = Links(youngPersonMail, "/debrief/").Single();
        var employerLink = Links(debriefs.Single(m => To(m) == "employer@sendcareers.test"), "/debrief/").Single();
        Assert.Single(debriefs, m => To(m) == FamilyEmail && (m.Subject ?? "").Contains("placement go", StringComparison.Ordinal));

        // The Easy Read form: faces, short questions; a missing answer is explained; one use only.
        var easyRead = await visitor.GetAsync(youngPersonLink);
        Assert.Equal(HttpStatusCode.OK, easyRead.Status);
        Assert.Contains("Pick a face", easyRead.Text, StringComparison.Ordinal);
        var missing = await visitor.SubmitAsync(youngPersonLink, new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal(["Please choose a face"], missing.ErrorSummary);
        var sent = await visitor.SubmitAsync(youngPersonLink, new Dictionary<string, object?> { ["Rating"] = "5", ["WentWell"] = "Making the sandwiches" });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var answeredEmployer = await visitor.SubmitAsync(employerLink, new Dictionary<string, object?>
        {
            ["Rating"] = "4", ["WentWell"] = "Very keen and on time", ["WouldHostAgain"] = "yes",
        });
        Assert.Equal(HttpStatusCode.Redirect, answeredEmployer.Status);

        // Twelve days on, the coach's session has long expired: they sign in again.
        using var coachAgain = _app.CreateFormClient();
        await coachAgain.SignInAsync("coach@sendcareers.test");
        var page = await coachAgain.GetAsync($"/coach/placements/{id}");
        Assert.True(page.Status == HttpStatusCode.OK, string.Join("\n", _app.Errors.Entries));
        Assert.Contains("Making the sandwiches", page.Text, StringComparison.Ordinal);
        Assert.Contains("Very keen and on time", page.Text, StringComparison.Ordinal);
        Assert.Contains("Accepted by the employer", page.Text, StringComparison.Ordinal);
        Assert.Contains("we can't make it", page.Text, StringComparison.Ordinal);
        Assert.Equal("Completed", page.Document.QuerySelector("[data-testid=state]")!.TextContent.Trim());

        // Three days on, one chaser goes to the family, who have not answered; none to those who have.
        _smtp.Clear();
        _app.Clock.Advance(TimeSpan.FromDays(3));
        await DispatchAsync(_app);
        var chasers = await _smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.Equal([FamilyEmail], chasers.Select(To).Distinct());
        Assert.Single(chasers);
        var chased = await _app.WithDbAsync(db => db.ScheduledMessages
            .Where(m => m.SubjectId == id && m.Kind == "debrief-chaser").Select(m => m.State).ToListAsync());
        Assert.Equal(1, chased.Count(s => s == MessageState.Sent));
        Assert.All(chased, s => Assert.NotEqual(MessageState.Pending, s));
    }

    [Fact]
    public async Task DatesChangedAfterBriefing_EveryoneBriefedGetsAnUpdatedInvite_AndWithdrawingCancelsIt()
    {
        var seeded = await SeedAsync(_app, PlacementState.Agreed);
        var id = seeded.PlacementId;
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(coach, id, startDay: 1, endDay: 4)).Status);
        Assert.Equal(1, await DispatchAsync(_app)); // the employer is told it is confirmed
        await _smtp.WaitForAsync(_ => true, count: 1);
        _smtp.Clear();

        _app.Clock!.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(31));
        Assert.Equal(4, await DispatchAsync(_app));
        await _smtp.WaitForAsync(_ => true, count: 4);
        _smtp.Clear();

        // The start moves back a week: the four people already briefed are told, with the invite updated.
        // (A day later the coach's session has expired, so they sign in again.)
        using var coachNextDay = _app.CreateFormClient();
        await coachNextDay.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(coachNextDay, id, startDay: 8, endDay: 11)).Status);
        Assert.Equal(4, await DispatchAsync(_app));
        var notices = await _smtp.WaitForAsync(_ => true, count: 4);
        Assert.Equal(4, notices.Count);
        Assert.All(notices, m =>
        {
            Assert.StartsWith("New dates", m.Subject, StringComparison.Ordinal);
            var invite = Invite(m)!;
            Assert.Equal("REQUEST", invite.Method);
            var calendarEvent = Assert.Single(invite.Events);
            Assert.Equal(1, calendarEvent.Sequence);
            Assert.Equal(new DateTime(2026, 12, 8, 9, 30, 0), calendarEvent.DtStart!.Value);
        });

        // Reminders for the old dates are cancelled; new ones wait for the new dates.
        var pending = await _app.WithDbAsync(db => db.ScheduledMessages.Where(m => m.SubjectId == id && m.State == MessageState.Pending).Select(m => m.DedupeKey).ToListAsync());
        Assert.NotEmpty(pending);
        Assert.All(pending, key => Assert.DoesNotContain("20261201T093000Z", key, StringComparison.Ordinal));
        Assert.Contains(pending, key => key.Contains(":P1D:20261208T093000Z:", StringComparison.Ordinal));

        var history = await coachNextDay.GetAsync($"/coach/placements/{id}");
        Assert.Contains("Dates changed from Tuesday 1 December 2026", history.Document.QuerySelector("[data-testid=history]")!.TextContent, StringComparison.Ordinal);

        // Withdrawn: everyone already told gets a cancellation that removes the event; nothing else goes out.
        _smtp.Clear();
        var withdrawn = await coachNextDay.SubmitAsync($"/coach/placements/{id}", new Dictionary<string, object?> { ["WithdrawReason"] = "The young person is unwell" },
            action: $"/coach/placements/{id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);
        Assert.Equal(4, await DispatchAsync(_app));
        var cancellations = await _smtp.WaitForAsync(_ => true, count: 4);
        Assert.All(cancellations, m =>
        {
            Assert.StartsWith("Cancelled", m.Subject, StringComparison.Ordinal);
            var invite = Invite(m)!;
            Assert.Equal("CANCEL", invite.Method);
            Assert.Equal(2, Assert.Single(invite.Events).Sequence);
        });

        _smtp.Clear();
        _app.Clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal(0, await DispatchAsync(_app));
    }

    [Fact]
    public async Task StartBroughtIntoTheComingWeek_EachPersonGetsOneUpdatedInvite()
    {
        var seeded = await SeedAsync(_app, PlacementState.Agreed);
        var id = seeded.PlacementId;
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(coach, id, startDay: 1, endDay: 4)).Status);
        await DispatchAsync(_app);
        _app.Clock!.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(31));
        Assert.Equal(4, await DispatchAsync(_app));
        await _smtp.WaitForAsync(_ => true, count: 5); // the employer's 'confirmed' and the four week-before briefings
        _smtp.Clear();

        // The start moves to tomorrow: the day-before briefing for the new dates is due at once, and it
        // is the only message each person gets, carrying the updated invite.
        using var coachNextDay = _app.CreateFormClient();
        await coachNextDay.SignInAsync("coach@sendcareers.test");
        var moved = await coachNextDay.SubmitAsync($"/coach/placements/{id}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "25", ["StartDate.Month"] = "11", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "26", ["EndDate.Month"] = "11", ["EndDate.Year"] = "2026",
            ["TravelPlan"] = "Bus 42 with mum on the first day",
            ["StartIsRight"] = new[] { "yes" },
        });
        Assert.True(moved.Status == HttpStatusCode.Redirect, string.Join("; ", moved.ErrorSummary));
        await DispatchAsync(_app);
        await Task.Delay(500);
        await DispatchAsync(_app);
        var messages = _smtp.Messages();
        Assert.Equal(
            new[] { "coach@sendcareers.test", "employer@sendcareers.test", FamilyEmail, SupervisorEmail }.Order(),
            messages.Select(To).Order());
        Assert.All(messages, m =>
        {
            var calendarEvent = Assert.Single(Invite(m)!.Events);
            Assert.Equal(1, calendarEvent.Sequence);
            Assert.Equal(new DateTime(2026, 11, 25, 9, 30, 0), calendarEvent.DtStart!.Value);
        });
    }

    [Fact]
    public async Task FamilyWithoutEmail_TheYoungPersonsEasyReadDebriefGoesToTheCoach_WhoIsToldWhy()
    {
        var seeded = await SeedAsync(_app, PlacementState.Agreed);
        await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == seeded.YoungPersonId).ExecuteUpdateAsync(p => p.SetProperty(x => x.FamilyContactEmail, (string?)null)));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(coach, seeded.PlacementId, startDay: 1, endDay: 4)).Status);

        _app.Clock!.Advance(TimeSpan.FromDays(12));
        await AdvancePlacementsAsync(_app);
        await AdvancePlacementsAsync(_app);
        await DispatchAsync(_app);
        var easyRead = Assert.Single(await _smtp.WaitForAsync(m => (m.Subject ?? "").Contains("how did it go?", StringComparison.Ordinal)));
        Assert.Equal("coach@sendcareers.test", To(easyRead));
        Assert.StartsWith($"For the job coach: {seeded.FirstName}'s family has no e-mail address on their record", easyRead.TextBody!.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(_smtp.Messages(), m => To(m) == FamilyEmail);
    }

    /// <summary>
    /// A postcode does not find a door on a hospital site: the opening's address and meeting point are
    /// offered when confirming, reach the family's Easy Read briefing, the coach's and the supervisor's
    /// and the calendar invite, and a changed meeting point is sent to everyone already briefed.
    /// </summary>
    [Fact]
    public async Task WhereToGo_FromTheOpening_ReachesEveryBriefingAndInvite_AndAChangeIsSent()
    {
        var seeded = await SeedAsync(_app, PlacementState.Agreed);
        await _app.WithDbAsync(async db =>
        {
            var opening = await db.Placements.Where(p => p.Id == seeded.PlacementId).Select(p => p.Opening!).SingleAsync();
            opening.Address = "Kirkgate Community Hospital, Harehills Road, Leeds";
            opening.MeetingPoint = "main reception at Gate B";
            return await db.SaveChangesAsync();
        });

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var form = await coach.GetAsync($"/coach/placements/{seeded.PlacementId}/confirm");
        Assert.Equal("Kirkgate Community Hospital, Harehills Road, Leeds", form.Document.QuerySelector("textarea[name=Address]")!.TextContent.Trim());
        Assert.Equal("main reception at Gate B", form.Document.QuerySelector("input[name=MeetingPoint]")!.GetAttribute("value"));
        var confirmed = await ConfirmAsync(coach, seeded.PlacementId, startDay: 1, endDay: 4);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);

        _app.Clock!.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(31));
        await DispatchAsync(_app);
        var week = await _smtp.WaitForAsync(m => Invite(m) is not null, count: 4);
        var family = week.Single(m => To(m) == FamilyEmail);
        Assert.Contains("The place is Kirkgate Community Hospital, Harehills Road, Leeds, LS9 7TF.", family.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Go to main reception at Gate B. Sam Supervisor will meet {seeded.FirstName} there.", family.TextBody, StringComparison.Ordinal);
        Assert.Contains("Meeting point: main reception at Gate B.", week.Single(m => To(m) == "coach@sendcareers.test").TextBody, StringComparison.Ordinal);
        Assert.Contains("go to main reception at Gate B", week.Single(m => To(m) == SupervisorEmail).TextBody, StringComparison.Ordinal);
        foreach (var message in week)
        {
            Assert.Equal("Kirkgate Community Hospital, Harehills Road, Leeds, LS9 7TF", Assert.Single(Invite(message)!.Events).Location);
        }

        // The meeting point moves: everyone already briefed hears, with an updated invite.
        _smtp.Clear();
        using var nextDay = _app.CreateFormClient(); // a day later the first session has timed out
        await nextDay.SignInAsync("coach@sendcareers.test");
        var changed = await nextDay.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", new Dictionary<string, object?> { ["MeetingPoint"] = "the staff entrance on Harehills Road" });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Equal(4, await DispatchAsync(_app));
        var notices = await _smtp.WaitForAsync(_ => true, count: 4);
        Assert.All(notices, m => Assert.Contains("the staff entrance on Harehills Road", m.TextBody, StringComparison.Ordinal));
        Assert.All(notices, m => Assert.Equal(1, Assert.Single(Invite(m)!.Events).Sequence));
    }

    [Fact]
    public async Task AMeetingPointTooLong_IsAnsweredBesideTheField_AndNothingIsSaved()
    {
        var seeded = await SeedAsync(_app, PlacementState.Agreed);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var refused = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "4", ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
            ["TravelPlan"] = "Bus 42", ["MeetingPoint"] = new string('x', 301),
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Meeting point must be 300 characters or fewer", refused.ErrorSummary);
        Assert.Equal(new string('x', 301), refused.Document.QuerySelector("input[name=MeetingPoint]")!.GetAttribute("value"));
        Assert.Equal(PlacementState.Agreed, await _app.WithDbAsync(db => db.Placements.Where(p => p.Id == seeded.PlacementId).Select(p => p.State).SingleAsync()));
    }

    private static Task<FormClient.PageResult> ConfirmAsync(FormClient coach, int id, int startDay, int endDay) =>
        coach.SubmitAsync($"/coach/placements/{id}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = startDay.ToString(System.Globalization.CultureInfo.InvariantCulture), ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = endDay.ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
            ["TravelPlan"] = "Bus 42 with mum on the first day",
        });

    [Fact]
    public async Task DebriefLink_UsedTwice_IsRefused()
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var token = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, _app.Clock!).Issue(TokenPurpose.Debrief, $"placement:{seeded.PlacementId}:{(int)DebriefRespondent.Family}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return issued;
        });
        using var visitor = _app.CreateFormClient();
        var link = $"/debrief/{token}";

        var first = await visitor.SubmitAsync(link, new Dictionary<string, object?> { ["Rating"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var again = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Contains("already been sent", again.Text, StringComparison.Ordinal);
        var repost = await visitor.PostAsync(link, [new("Rating", "1")]);
        Assert.NotEqual(HttpStatusCode.Redirect, repost.Status);
        Assert.NotEqual(HttpStatusCode.InternalServerError, repost.Status);

        var rows = await _app.WithDbAsync(db => db.Debriefs.Where(d => d.PlacementId == seeded.PlacementId).ToListAsync());
        Assert.Equal(3, Assert.Single(rows).Rating);
    }

    [Fact]
    public async Task DebriefForm_HostileInput_IsAnsweredWithMessages_AndSavesNothing()
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var token = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, _app.Clock!).Issue(TokenPurpose.Debrief, $"placement:{seeded.PlacementId}:{(int)DebriefRespondent.Employer}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return issued;
        });
        using var visitor = _app.CreateFormClient();
        var link = $"/debrief/{token}";
        var hostile = await visitor.SubmitAsync(link, new Dictionary<string, object?>
        {
            ["Rating"] = "9; DROP TABLE Debriefs", ["WentWell"] = new string('a', 5000), ["CouldBeBetter"] = "<script>alert(1)</script>", ["WouldHostAgain"] = "maybe",
        });
        Assert.Equal(HttpStatusCode.BadRequest, hostile.Status);
        Assert.Equal("Choose how it went", hostile.FieldError("rating"));
        Assert.Equal("This answer must be 2,000 characters or fewer", hostile.FieldError("went-well"));
        Assert.Equal("Choose yes if you would host another placement", hostile.FieldError("would-host-again"));
        Assert.DoesNotContain("<script>alert(1)</script>", hostile.Html, StringComparison.Ordinal);
        Assert.Empty(await _app.WithDbAsync(db => db.Debriefs.Where(d => d.PlacementId == seeded.PlacementId).ToListAsync()));

        // The link still works after a refused attempt.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).Status);
    }

    [Fact]
    public async Task SupportedInternshipDebrief_AsksTheEmployerAboutAPaidJob_AndTheCoachSeesTheOutcome()
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed, kind: Domain.Vocabulary.OpeningKind.SupportedInternship);
        var token = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, _app.Clock!).Issue(TokenPurpose.Debrief, $"placement:{seeded.PlacementId}:{(int)DebriefRespondent.Employer}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return issued;
        });
        using var visitor = _app.CreateFormClient();
        var link = $"/debrief/{token}";
        var missing = await visitor.SubmitAsync(link, new Dictionary<string, object?> { ["Rating"] = "5", ["WouldHostAgain"] = "yes" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("Choose yes if you have offered them a paid job", missing.FieldError("paid-job-offered"));

        var sent = await visitor.SubmitAsync(link, new Dictionary<string, object?> { ["Rating"] = "5", ["WouldHostAgain"] = "yes", ["PaidJobOffered"] = "yes" });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var page = await coach.GetAsync($"/coach/placements/{seeded.PlacementId}");
        Assert.Equal("Yes", page.Document.QuerySelector("[data-testid=paid-job]")!.TextContent.Trim());
    }

    [Fact]
    public async Task DebriefLink_Expired_OrUnknown_IsRefusedPlainly()
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var token = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, _app.Clock!).Issue(TokenPurpose.Debrief, $"placement:{seeded.PlacementId}:{(int)DebriefRespondent.Employer}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return issued;
        });
        _app.Clock!.Advance(TimeSpan.FromDays(31));
        using var visitor = _app.CreateFormClient();

        var expired = await visitor.GetAsync($"/debrief/{token}");
        Assert.Equal(HttpStatusCode.NotFound, expired.Status);
        Assert.Contains("expired", expired.Text, StringComparison.Ordinal);
        var unknown = await visitor.GetAsync("/debrief/not-a-real-token");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }
}
