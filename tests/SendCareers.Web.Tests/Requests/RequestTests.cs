using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Requests;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Evidence;
using SendCareers.Web.Requests;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;
using static SendCareers.Web.Tests.Requests.RequestWorld;

namespace SendCareers.Web.Tests.Requests;

/// <summary>
/// A school asks; the best-fit employers are invited in waves, by e-mail over real SMTP, with links that
/// need no sign-in; one says no with a reason, the next wave goes out by itself when the clock passes the
/// time to answer, the first to say yes gets it, and it becomes an encounter with its reminders whose hours
/// count toward the employer's pledge.
/// </summary>
public sealed class RequestTests : IAsyncLifetime
{
    private const string PublicAddress = "https://careers.example.org";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly First = new(2026, 12, 1);
    private static readonly DateOnly Last = new(2026, 12, 18);
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
    public async Task Posted_InvitesInRankOrderWithReasons_DeclineKept_NextWaveOnTheClock_AcceptanceBecomesAnEncounter_CountedInThePledge()
    {
        var employers = await SeedAsync(_app, insuredUntil: new DateOnly(2027, 6, 30));
        var group = await GroupAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var posted = await coach.SubmitAsync("/coach/requests/new", Form(group, First, Last));
        Assert.True(posted.Status == HttpStatusCode.Redirect, string.Join("; ", posted.ErrorSummary));
        var id = IdFrom(posted);

        // Ranked: the builder (sector, days, time) before the carpenter (time not theirs) before the hospital
        // (not construction). Too far and uninsured are not on the list at all.
        var page = await coach.GetAsync($"/coach/requests/{id}");
        var rows = page.Document.QuerySelectorAll("[data-testid=invitation]").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("1. Bright Builders", rows[0], StringComparison.Ordinal);
        Assert.Contains("Works in construction, asked for", rows[0], StringComparison.Ordinal);
        Assert.Contains("Safeguarding checks valid for this kind of activity", rows[0], StringComparison.Ordinal);
        Assert.Contains("2. Oak Carpentry", rows[1], StringComparison.Ordinal);
        Assert.Contains("The time of day is not one they chose", rows[1], StringComparison.Ordinal);
        Assert.Contains("3. City Hospital", rows[2], StringComparison.Ordinal);
        Assert.Contains("Not in a sector asked for", rows[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Northern Stone", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unchecked Roofing", page.Text, StringComparison.Ordinal);

        // Wave 1 (two at a time): the builder and the carpenter, by e-mail, the group as a number.
        await DispatchAsync(_app);
        var invites = await _smtp.WaitForAsync(m => m.Subject == "Can you help? Working in construction", count: 2);
        Assert.Equal(["bright.builders@example.com", "oak.carpentry@example.com"], invites.Select(To).Order());
        Assert.All(invites, m => Assert.Contains("for a group of 2 young people", m.TextBody, StringComparison.Ordinal));
        var carpenterLink = AnswerLink(invites.Single(m => To(m) == "oak.carpentry@example.com"));
        var builderLink = AnswerLink(invites.Single(m => To(m) == "bright.builders@example.com"));

        // The carpenter says no, with a reason: kept, shown to the coach.
        using var stranger = _app.CreateFormClient();
        var declineForm = await stranger.GetAsync(carpenterLink + "?answer=no");
        Assert.Equal(HttpStatusCode.OK, declineForm.Status);
        var empty = await stranger.SubmitAsync(carpenterLink + "?answer=no", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Select why you cannot do it this time"], empty.ErrorSummary);
        var no = await stranger.SubmitAsync(carpenterLink + "?answer=no", new Dictionary<string, object?> { ["Reason"] = "NotOurArea", ["Note"] = "We only do site visits" });
        Assert.Equal("/requests/answered?answer=no", no.Location);
        var declined = await _app.WithDbAsync(db => db.RequestInvitations.SingleAsync(i => i.RequestId == id && i.EmployerId == employers.Carpenter));
        Assert.Equal((InvitationState.Declined, DeclineReason.NotOurArea, "We only do site visits"), (declined.State, declined.DeclineReason, declined.DeclineNote));
        Assert.Contains("Declined: not their area (\"We only do site visits\")", (await coach.GetAsync($"/coach/requests/{id}")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(carpenterLink)).Status);

        // Nobody says yes within the 24 hours: the hospital is asked, by itself.
        _smtp.Clear();
        _app.Clock!.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await AdvanceAsync());
        _app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await AdvanceAsync());
        await DispatchAsync(_app);
        var hospitalInvite = Assert.Single(await _smtp.WaitForAsync(m => m.Subject?.StartsWith("Can you help?", StringComparison.Ordinal) == true, count: 1));
        Assert.Equal("city.hospital@example.com", To(hospitalInvite));

        // The hospital says yes: it becomes an encounter, confirmed, with its reminders; the builder is thanked.
        _smtp.Clear();
        var hospitalLink = AnswerLink(hospitalInvite);
        var answerPage = await stranger.GetAsync(hospitalLink);
        Assert.Equal("I can do it", answerPage.H1);
        Assert.All(await NamesAsync(group), name => Assert.DoesNotContain(name, answerPage.Text, StringComparison.Ordinal));
        var yes = await stranger.SubmitAsync(hospitalLink, new Dictionary<string, object?> { ["Date"] = "2026-12-08", ["HostName"] = "Hana Host", ["HostEmail"] = "hana@example.com" });
        Assert.True(yes.Status == HttpStatusCode.Redirect, string.Join("; ", yes.ErrorSummary));
        Assert.Equal("/requests/answered?answer=yes", yes.Location);
        var request = await _app.WithDbAsync(db => db.EncounterRequests.SingleAsync(r => r.Id == id));
        Assert.Equal((RequestState.Accepted, employers.Hospital), (request.State, request.AcceptedEmployerId));
        var encounter = await _app.WithDbAsync(db => db.Encounters.Include(e => e.Attendees).SingleAsync(e => e.Id == request.EncounterId));
        Assert.Equal(employers.Hospital, encounter.EmployerId);
        Assert.Equal(new DateTime(2026, 12, 8, 10, 0, 0, DateTimeKind.Utc), encounter.StartsAtUtc);
        Assert.Equal(group.Order(), encounter.Attendees.Select(a => a.YoungPersonId).Order());
        Assert.NotNull(encounter.EmployerConfirmedAtUtc);
        Assert.True(await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.SubjectType == "encounter" && m.SubjectId == encounter.Id && m.Kind.StartsWith("briefing"))) > 0);
        await DispatchAsync(_app);
        var thanked = await _smtp.WaitForAsync(m => m.Subject == "Filled, thank you: Working in construction", count: 1);
        Assert.Equal("bright.builders@example.com", To(Assert.Single(thanked)));
        Assert.Single(await _smtp.WaitForAsync(m => To(m) == "coach@sendcareers.test" && m.Subject == "Accepted: \"Working in construction\" with City Hospital", count: 1));
        Assert.DoesNotContain(_smtp.Messages(), m => m.Subject?.StartsWith("Can you host", StringComparison.Ordinal) == true);
        await coach.SignInAsync("coach@sendcareers.test"); // a day has passed on the clock: the session has ended
        Assert.Contains("Accepted", (await coach.GetAsync($"/coach/requests/{id}")).Document.QuerySelector("[data-testid=request-state]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"/coach/encounters/{encounter.Id}", (await coach.GetAsync($"/coach/requests/{id}")).Html, StringComparison.Ordinal);

        // The link cannot be used again, and the builder's link now says it is filled.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(hospitalLink)).Status);
        var late = await stranger.GetAsync(builderLink);
        Assert.Contains("another employer said yes first", late.Document.QuerySelector("[data-testid=unusable]")!.TextContent, StringComparison.Ordinal);

        // Held and marked: the 1.5 hours count toward the hospital's pledge in the hub's ledger.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            var held = await db.Encounters.Include(e => e.Attendees).SingleAsync(e => e.Id == encounter.Id);
            var marks = held.Attendees.ToDictionary(a => a.YoungPersonId, _ => AttendanceMark.Attended);
            var marked = await scope.ServiceProvider.GetRequiredService<EncounterWorkflow>().RecordAttendanceAsync(held, held.Version, marks, "test", CancellationToken.None);
            Assert.True(marked.Done, string.Join("; ", marked.Problems.Select(p => p.Message)));
            var delivered = await scope.ServiceProvider.GetRequiredService<HubReports>().DeliveredAsync(2026, CancellationToken.None);
            Assert.Equal(1.5m, delivered[employers.Hospital]);
        }

        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task TwoAcceptAtTheSameMoment_ExactlyOneWins_TheOtherIsToldKindly()
    {
        var employers = await SeedAsync(_app, insuredUntil: new DateOnly(2027, 6, 30));
        var group = await GroupAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/requests/new", Form(group, First, Last)));
        await DispatchAsync(_app);
        var invites = await _smtp.WaitForAsync(m => m.Subject == "Can you help? Working in construction", count: 2);

        using var first = _app.CreateFormClient();
        using var second = _app.CreateFormClient();
        var forms = new List<(FormClient Client, string Link, List<KeyValuePair<string, string>> Values)>();
        foreach (var (client, invite) in new[] { (first, invites[0]), (second, invites[1]) })
        {
            var link = AnswerLink(invite);
            var shown = await client.GetAsync(link);
            Assert.True(shown.Status == HttpStatusCode.OK, $"{link}: {(int)shown.Status} {shown.Text}");
            var values = FormClient.ValuesOf(shown.FindForm($"{link}?handler=Accept")!, ["Date", "HostName", "HostEmail"]);
            values.AddRange([new("Date", "2026-12-10"), new("HostName", "Sam Host"), new("HostEmail", "sam@example.com")]);
            forms.Add((client, link, values));
        }

        var answers = await Task.WhenAll(forms.Select(f => f.Client.PostAsync($"{f.Link}?handler=Accept", f.Values)));

        Assert.Equal(["/requests/answered?answer=filled", "/requests/answered?answer=yes"], answers.Select(a => a.Location ?? $"{(int)a.Status}").Order());
        var request = await _app.WithDbAsync(db => db.EncounterRequests.Include(r => r.Invitations).SingleAsync(r => r.Id == id));
        Assert.Equal(RequestState.Accepted, request.State);
        Assert.Contains(request.AcceptedEmployerId!.Value, new[] { employers.Builder, employers.Carpenter });
        Assert.Equal(1, await _app.WithDbAsync(db => db.Encounters.CountAsync(e => e.Id == request.EncounterId)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Encounters.CountAsync(e => e.Title == "Working in construction")));
        Assert.Single(request.Invitations, i => i.State == InvitationState.Accepted);
        Assert.Single(request.Invitations, i => i.State == InvitationState.Filled);
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task ImpossibleWindow_AndNobodyFits_AreRefusedWithReasons_NothingSaved()
    {
        await SeedAsync(_app, insuredUntil: new DateOnly(2026, 12, 4));
        var group = await GroupAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        // 5 and 6 December 2026 are a weekend: no Tuesday or Thursday in the window.
        var weekend = await coach.SubmitAsync("/coach/requests/new", Form(group, new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 6)));
        Assert.Equal(HttpStatusCode.BadRequest, weekend.Status);
        Assert.Contains("None of the dates between the earliest and latest date falls on a day you selected: change the dates or the days", weekend.ErrorSummary);
        var backwards = await coach.SubmitAsync("/coach/requests/new", Form(group, Last, First));
        Assert.Equal(["The latest date must be the same as or after the earliest date"], backwards.ErrorSummary);
        Assert.Equal("Working in construction", backwards.Document.QuerySelector("#input-title, [name='Input.Title']")!.GetAttribute("value"));

        // Insurance runs out on 4 December, before the window ends: nobody fits, and the coach sees the closest.
        var nobody = await coach.SubmitAsync("/coach/requests/new", Form(group, First, Last));
        Assert.Equal(HttpStatusCode.BadRequest, nobody.Status);
        var message = Assert.Single(nobody.ErrorSummary);
        Assert.StartsWith("No employer fits this request; the closest are ", message, StringComparison.Ordinal);
        Assert.Contains("Safeguarding checks not valid for this: employer's liability insurance expires on 4 December 2026", nobody.Document.QuerySelector("[data-testid=closest]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await _app.WithDbAsync(db => db.EncounterRequests.CountAsync()));
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task Withdrawn_InviteesAreTold_LinksStop_AnotherSchoolsCoach_CannotSeeOrWithdraw()
    {
        await SeedAsync(_app, insuredUntil: new DateOnly(2027, 6, 30));
        var group = await GroupAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/requests/new", Form(group, First, Last)));
        await DispatchAsync(_app);
        var invites = await _smtp.WaitForAsync(m => m.Subject == "Can you help? Working in construction", count: 2);

        var otherCoach = await _app.WithDbAsync(async db =>
        {
            var own = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            return await db.Users.Where(u => u.SchoolId != null && u.SchoolId != own && u.Email != null).Select(u => u.Email!).FirstAsync();
        });
        using var other = _app.CreateFormClient();
        await other.SignInAsync(otherCoach);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/coach/requests/{id}")).Status);
        var version = await _app.WithDbAsync(db => db.EncounterRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var foreign = await other.SubmitAsync("/e-mail-settings", new Dictionary<string, object?> { ["Version"] = version.ToString() }, postTo: $"/coach/requests/{id}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(RequestState.Open, await _app.WithDbAsync(db => db.EncounterRequests.Where(r => r.Id == id).Select(r => r.State).SingleAsync()));

        _smtp.Clear();
        var withdrawn = await coach.SubmitAsync($"/coach/requests/{id}", new Dictionary<string, object?>(), action: $"/coach/requests/{id}?handler=Withdraw");
        Assert.Equal($"/coach/requests/{id}?done=withdrawn", withdrawn.Location);
        await DispatchAsync(_app);
        var told = await _smtp.WaitForAsync(m => m.Subject == "No longer needed: Working in construction", count: 2);
        Assert.Equal(invites.Select(To).Order(), told.Select(To).Order());
        using var stranger = _app.CreateFormClient();
        Assert.Contains("no longer", (await stranger.GetAsync(AnswerLink(invites[0]))).Document.QuerySelector("[data-testid=unusable]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "Request withdrawn" && a.SubjectId == id.ToString())));
    }

    [Fact]
    public async Task AnEmployerOffersItself_AnotherCannotOfferForIt()
    {
        await SeedAsync(_app, insuredUntil: new DateOnly(2027, 6, 30), demoEmployerFits: true);
        var group = await GroupAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/requests/new", Form(group, First, Last)));
        var demoId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync());
        var planned = await _app.WithDbAsync(db => db.RequestInvitations.SingleAsync(i => i.RequestId == id && i.EmployerId == demoId));
        Assert.Equal(InvitationState.Planned, planned.State);

        // Another organisation's contact cannot offer on the demo employer's behalf.
        var otherEmployer = await _app.WithDbAsync(db => db.Employers.Where(e => e.Id != demoId && e.Status == EmployerStatus.Approved).Select(e => e.Id).FirstAsync());
        await _app.WithDbAsync(async db =>
        {
            db.Users.Add(new AppUser { UserName = "other.contact@example.org", NormalizedUserName = "OTHER.CONTACT@EXAMPLE.ORG", Email = "other.contact@example.org", NormalizedEmail = "OTHER.CONTACT@EXAMPLE.ORG", EmailConfirmed = true, DisplayName = "Other Contact", EmployerId = otherEmployer, SecurityStamp = Guid.NewGuid().ToString() });
            await db.SaveChangesAsync();
        });
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var other = (await users.FindByEmailAsync("other.contact@example.org"))!;
            Assert.True((await users.AddPasswordAsync(other, "SendCareers-Demo-1")).Succeeded);
            Assert.True((await users.AddToRoleAsync(other, Web.Security.Roles.Employer)).Succeeded);
        }

        using var stranger = _app.CreateFormClient();
        await stranger.SignInAsync("other.contact@example.org");
        var foreign = await stranger.SubmitAsync("/e-mail-settings", new Dictionary<string, object?> { ["InvitationId"] = planned.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, postTo: "/my-organisation/requests?handler=Offer");
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(InvitationState.Planned, await _app.WithDbAsync(db => db.RequestInvitations.Where(i => i.Id == planned.Id).Select(i => i.State).SingleAsync()));

        // The demo employer sees the request it fits, offers, and gets the e-mail with the link to answer.
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var list = await employer.GetAsync("/my-organisation/requests");
        Assert.Contains("Working in construction", Assert.Single(list.Document.QuerySelectorAll("[data-testid=open-request]")).TextContent, StringComparison.Ordinal);
        _smtp.Clear();
        var offered = await employer.SubmitAsync("/my-organisation/requests", new Dictionary<string, object?>(), action: "/my-organisation/requests?handler=Offer");
        Assert.Equal("/my-organisation/requests?done=offered", offered.Location);
        Assert.Equal(InvitationState.Invited, await _app.WithDbAsync(db => db.RequestInvitations.Where(i => i.Id == planned.Id).Select(i => i.State).SingleAsync()));
        await DispatchAsync(_app);
        var contact = await _app.WithDbAsync(db => db.Employers.Where(e => e.Id == demoId).Select(e => e.ContactEmail).SingleAsync());
        Assert.Single(await _smtp.WaitForAsync(m => To(m) == contact && m.Subject == "Can you help? Working in construction", count: 1));
    }

    [Fact]
    public async Task ImpactPage_CountsHeldHours_YoungPeopleMet_AndTheFacesTheyChose_WithoutNames()
    {
        var group = await Encounters.EncounterWorld.GroupAsync(_app);
        var demoId = await Encounters.EncounterWorld.EmployerIdAsync(_app);
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var before = await employer.GetAsync("/my-organisation/impact");
        var metBefore = int.Parse(before.Document.QuerySelector("[data-testid=met]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var booked = await coach.SubmitAsync("/coach/encounters/new", Encounters.EncounterWorld.Form(demoId, new DateOnly(2026, 12, 9), group.Select(p => p.Id)));
        var encounterId = Encounters.EncounterWorld.IdFrom(booked);
        _app.Clock!.SetUtcNow(new DateTimeOffset(2026, 12, 9, 14, 0, 0, TimeSpan.Zero));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            var held = await db.Encounters.Include(e => e.Attendees).SingleAsync(e => e.Id == encounterId);
            var marked = await scope.ServiceProvider.GetRequiredService<EncounterWorkflow>().RecordAttendanceAsync(held, held.Version, held.Attendees.ToDictionary(a => a.YoungPersonId, _ => AttendanceMark.Attended), "test", CancellationToken.None);
            Assert.True(marked.Done);
            db.Debriefs.Add(new Debrief { EncounterId = encounterId, Respondent = DebriefRespondent.YoungPerson, YoungPersonId = group[0].Id, Rating = 5, SubmittedAtUtc = DateTime.UtcNow });
            db.Debriefs.Add(new Debrief { EncounterId = encounterId, Respondent = DebriefRespondent.YoungPerson, YoungPersonId = group[1].Id, Rating = 3, SubmittedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await employer.SignInAsync("employer@sendcareers.test"); // weeks have passed on the clock: the session has ended
        var impact = await employer.GetAsync("/my-organisation/impact");
        Assert.Equal(HttpStatusCode.OK, impact.Status);
        Assert.Equal(metBefore + 2, int.Parse(impact.Document.QuerySelector("[data-testid=met]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Good: 1", impact.Document.QuerySelector("[data-testid=faces]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("OK: 1", impact.Document.QuerySelector("[data-testid=faces]")!.TextContent, StringComparison.Ordinal);
        Assert.All(group, p => Assert.DoesNotContain(p.Name, impact.Text, StringComparison.Ordinal));
        var hours = impact.Document.QuerySelector("[data-testid=hours]")!.TextContent;
        var delivered = await _app.WithDbAsync(async db =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<HubReports>().DeliveredAsync(2026, CancellationToken.None))[demoId];
        });
        Assert.StartsWith($"{delivered:0.#} hours", hours, StringComparison.Ordinal);
        var thanks = await employer.GetAsync("/my-organisation/impact/thank-you");
        Assert.Contains($"gave {delivered:0.#} hours", thanks.Document.QuerySelector("[data-testid=thank-you]")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<int> AdvanceAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RequestWorkflow>().AdvanceDueAsync(CancellationToken.None);
    }

    private Task<List<string>> NamesAsync(IReadOnlyList<int> group) =>
        _app.WithDbAsync(db => db.YoungPeople.Where(p => group.Contains(p.Id)).Select(p => p.PreferredName).ToListAsync());
}
