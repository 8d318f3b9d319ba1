using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// The yearly rollover at /coach/rollover, on 10 September 2027 (preparing 2027/28, late): a job coach says
/// who stays, leaves and moves, in one audited transaction. Leavers drop out of matching and the caseload
/// list and their destination on leaving becomes due; a young person who moves is then seen only by the
/// receiving school's coach, with their history. Anything wrong or foreign in the form saves nothing.
/// </summary>
public sealed class RolloverTests : IAsyncLifetime
{
    private const string Coach = "coach@sendcareers.test";
    private const string HollinCoach = "coach.hollin@sendcareers.test";
    private static readonly DateTimeOffset Today = new(2027, 9, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly SendCareersApp _app = new SendCareersApp().WithClock(Today);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed record World(int BrookfieldId, int HollinId, int RiversideId, int Leaver, int Stayer, int Mover, int HollinPerson);

    private async Task<World> WorldAsync() => await _app.WithDbAsync(async db =>
    {
        var brookfield = await db.Schools.SingleAsync(s => s.Name == "Brookfield Lane School");
        var hollin = await db.Schools.SingleAsync(s => s.Name == "Hollin Park Academy");
        var riverside = await db.Schools.SingleAsync(s => s.Name == "Riverside Specialist College");
        YoungPerson Add(School school, string name, string surname, DateOnly born)
        {
            var person = new YoungPerson { SchoolId = school.Id, PreferredName = name, LegalSurname = surname, DateOfBirth = born, CreatedAtUtc = Today.UtcDateTime, UpdatedAtUtc = Today.UtcDateTime };
            person.StatusChanges.Add(new YoungPersonStatusChange { EffectiveFrom = new DateOnly(2025, 9, 1), HasEhcp = false, SchoolId = school.Id, RecordedAtUtc = Today.UtcDateTime, RecordedByName = "Test" });
            db.YoungPeople.Add(person);
            return person;
        }

        var leaver = Add(brookfield, "Lenny", "Roll-Leaver", new DateOnly(2008, 3, 1)); // Y14 in 2026/27: leaves by default
        var stayer = Add(brookfield, "Stella", "Roll-Stayer", new DateOnly(2012, 1, 15)); // Y10 to Y11
        var mover = Add(brookfield, "Milo", "Roll-Mover", new DateOnly(2011, 5, 5));
        var other = Add(hollin, "Hana", "Roll-Hollin", new DateOnly(2011, 6, 6));
        await db.SaveChangesAsync();
        return new World(brookfield.Id, hollin.Id, riverside.Id, leaver.Id, stayer.Id, mover.Id, other.Id);
    });

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<(int Rollovers, int Audit, int History, int Changes, string People)> SnapshotAsync() => await _app.WithDbAsync(async db =>
    {
        var people = await db.YoungPeople.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.SchoolId}:{p.LeftOn}").ToListAsync();
        return (await db.SchoolRollovers.CountAsync(), await db.AuditEvents.CountAsync(a => !a.Action.StartsWith("Viewed")),
            await db.YoungPersonStatusChanges.CountAsync(), await db.ProfileChanges.CountAsync(), string.Join(",", people));
    });

    [Fact]
    public async Task Rollover_AppliesStaysLeavesAndMoves_AndEachCoachSeesTheResult()
    {
        var w = await WorldAsync();
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);

        var dashboard = await coach.GetAsync("/coach");
        Assert.NotNull(dashboard.Document.QuerySelector("[data-testid=needs-you-rollover]"));
        Assert.NotNull(dashboard.Document.QuerySelector("a[href='/coach/rollover']"));

        var page = await coach.GetAsync("/coach/rollover");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Preparing for 2027/28", page.Text, StringComparison.Ordinal);
        Assert.Contains("Y14 in 2026/27, post-Y14 in 2027/28", page.Document.QuerySelector($"[data-testid=rollover-{w.Leaver}]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"input[name='Choice[{w.Leaver}]'][value=leaves][checked]"));
        Assert.NotNull(page.Document.QuerySelector($"input[name='Choice[{w.Stayer}]'][value=stays][checked]"));
        Assert.Equal("31", page.Document.GetElementById("leaving-date")!.GetAttribute("value"));
        var offered = page.Document.QuerySelectorAll($"select[name='MoveTo[{w.Mover}]'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(Id(w.HollinId), offered);
        Assert.DoesNotContain(Id(w.BrookfieldId), offered); // not their own

        var result = await coach.SubmitAsync("/coach/rollover", new Dictionary<string, object?>
        {
            [$"Choice[{w.Mover}]"] = "moves",
            [$"MoveTo[{w.Mover}]"] = Id(w.HollinId),
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, string.Join("; ", result.ErrorSummary));
        var done = await coach.GetAsync(result.Location!);
        Assert.Contains("The new school year is ready", done.Document.QuerySelector("[data-testid=rollover-applied]")!.TextContent, StringComparison.Ordinal);

        // Saved: the leaving date, the move with its history, the rollover and its audit (ids and counts, no names).
        var (leftOn, moverSchool, stayerLeft) = await _app.WithDbAsync(async db => (
            await db.YoungPeople.Where(p => p.Id == w.Leaver).Select(p => p.LeftOn).SingleAsync(),
            await db.YoungPeople.Where(p => p.Id == w.Mover).Select(p => p.SchoolId).SingleAsync(),
            await db.YoungPeople.Where(p => p.Id == w.Stayer).Select(p => p.LeftOn).SingleAsync()));
        Assert.Equal(new DateOnly(2027, 7, 31), leftOn);
        Assert.Equal(w.HollinId, moverSchool);
        Assert.Null(stayerLeft);
        var move = await _app.WithDbAsync(db => db.YoungPersonStatusChanges.Where(c => c.YoungPersonId == w.Mover).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(w.HollinId, move[^1].SchoolId);
        Assert.Equal(w.BrookfieldId, move[^1].PreviousSchoolId);
        Assert.Equal(new DateOnly(2027, 9, 1), move[^1].EffectiveFrom);
        var rollover = await _app.WithDbAsync(db => db.SchoolRollovers.SingleAsync());
        Assert.Equal((w.BrookfieldId, 2027), (rollover.SchoolId, rollover.AcademicYear));
        Assert.Equal(1, rollover.Moved);
        var audit = await _app.WithDbAsync(db => db.AuditEvents.Where(a => a.Action.Contains("rollover")).ToListAsync());
        var summary = Assert.Single(audit, a => a.Action == "Applied yearly rollover");
        Assert.Equal(("School", Id(w.BrookfieldId)), (summary.SubjectType, summary.SubjectId));
        Assert.Contains($"{rollover.Stayed} stay, {rollover.Left} leave, 1 move", summary.Detail, StringComparison.Ordinal);
        Assert.Contains(audit, a => a.Action == "Left at rollover" && a.SubjectId == Id(w.Leaver));
        Assert.Contains(audit, a => a.Action == "Moved school at rollover" && a.SubjectId == Id(w.Mover) && a.Detail!.Contains($"school {w.BrookfieldId} to school {w.HollinId}", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, a => (a.Detail ?? "").Contains("Roll-", StringComparison.Ordinal) || (a.Detail ?? "").Contains("Lenny", StringComparison.Ordinal));

        // The sending coach: the leaver is under "Left", not in the caseload list or matching; the mover is gone.
        var list = await coach.GetAsync("/coach/young-people");
        var main = list.Document.QuerySelector("table")!.TextContent;
        Assert.DoesNotContain("Lenny", main, StringComparison.Ordinal);
        Assert.Contains("Stella", main, StringComparison.Ordinal);
        Assert.Contains("Lenny Roll-Leaver", list.Document.QuerySelector("[data-testid=leavers]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Milo", list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/young-people/{w.Mover}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/young-people/{w.Leaver}")).Status); // the record stays
        var cohort = await coach.GetAsync("/coach/cohort");
        Assert.Null(cohort.Document.QuerySelector($"input[name=People][value='{w.Leaver}']"));
        Assert.NotNull(cohort.Document.QuerySelector($"input[name=People][value='{w.Stayer}']"));

        // Destination tracking starts: due on the dashboard and the evidence page, the leaving date offered.
        dashboard = await coach.GetAsync("/coach");
        Assert.Null(dashboard.Document.QuerySelector("[data-testid=needs-you-rollover]"));
        Assert.NotNull(dashboard.Document.QuerySelector("[data-testid=needs-you-destinations-on-leaving]"));
        var evidence = await coach.GetAsync("/coach/evidence");
        Assert.Contains("Record where Lenny went on leaving (left on 31 July 2027)", evidence.Document.QuerySelector("[data-testid=destinations-on-leaving]")!.TextContent, StringComparison.Ordinal);
        var destination = await coach.GetAsync($"/coach/young-people/{w.Leaver}/destinations/new");
        Assert.Equal(["31", "7", "2027"], new[] { "left-on", "left-on-month", "left-on-year" }.Select(id => destination.Document.GetElementById(id)!.GetAttribute("value")));

        // The receiving coach sees the mover, with the move in their history.
        using var hollin = _app.CreateFormClient();
        await hollin.SignInAsync(HollinCoach);
        Assert.Contains("Milo", (await hollin.GetAsync("/coach/young-people")).Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var profile = await hollin.GetAsync($"/coach/young-people/{w.Mover}");
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        var history = profile.Document.QuerySelectorAll("[data-testid=status-history] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("At Hollin Park Academy from 1 September 2027", history);
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task AnotherSchoolsYoungPerson_InTheForm_IsRefused_AndNothingIsSaved()
    {
        var w = await WorldAsync();
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var before = await SnapshotAsync();

        var result = await coach.SubmitAsync("/coach/rollover", new Dictionary<string, object?>
        {
            ["YoungPersonIds"] = new[] { Id(w.Leaver), Id(w.HollinPerson) },
            [$"Choice[{w.HollinPerson}]"] = "leaves",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("has changed since you opened this page", Assert.Single(result.ErrorSummary), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task ClosedOrUnknownSchool_IsRefusedBesideThePerson_AndNothingIsSaved()
    {
        var w = await WorldAsync();
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var page = await coach.GetAsync("/coach/rollover"); // loaded while Riverside was still open
        Assert.NotNull(page.Document.QuerySelector($"select[name='MoveTo[{w.Mover}]'] option[value='{w.RiversideId}']"));
        await _app.WithDbAsync(async db =>
        {
            var riverside = await db.Schools.SingleAsync(s => s.Id == w.RiversideId);
            riverside.ClosedAtUtc = Today.UtcDateTime;
            await db.SaveChangesAsync();
        });
        var before = await SnapshotAsync();

        var closed = await coach.SubmitAsync("/coach/rollover", new Dictionary<string, object?>
        {
            [$"Choice[{w.Mover}]"] = "moves",
            [$"MoveTo[{w.Mover}]"] = Id(w.RiversideId),
            [$"Choice[{w.Stayer}]"] = "moves",
            [$"MoveTo[{w.Stayer}]"] = "99999",
        });

        Assert.Equal(HttpStatusCode.BadRequest, closed.Status);
        Assert.Equal("The school or college chosen for Milo Roll-Mover has closed: select one that is open", closed.FieldError($"move-to-{w.Mover}"));
        Assert.Equal("Select a school or college in the hub for Stella Roll-Stayer, other than Brookfield Lane School", closed.FieldError($"move-to-{w.Stayer}"));
        Assert.Contains(closed.Document.QuerySelectorAll(".govuk-error-summary__list a"), a => a.GetAttribute("href") == $"#move-to-{w.Mover}");
        Assert.NotNull(closed.Document.QuerySelector($"input[name='Choice[{w.Mover}]'][value=moves][checked]")); // what was chosen is kept
        Assert.Equal(before, await SnapshotAsync());
        Assert.Empty(_app.Errors.Entries);
    }

    [Theory]
    [InlineData("31", "2", "2027", "Leaving date must be a real date, like 31 7 2027")]
    [InlineData("", "", "", "Enter the leaving date")]
    [InlineData("1", "1", "2020", "Leaving date must be between 1 September 2026 and 31 August 2028")]
    public async Task LeavingDate_ThatIsNotADate_IsRefused_AndWhatWasTypedIsKept(string day, string month, string year, string message)
    {
        await WorldAsync();
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var before = await SnapshotAsync();

        var result = await coach.SubmitAsync("/coach/rollover", new Dictionary<string, object?>
        {
            ["LeavingDate.Day"] = day,
            ["LeavingDate.Month"] = month,
            ["LeavingDate.Year"] = year,
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(message, result.FieldError("leaving-date"));
        Assert.Equal(year, result.Document.GetElementById("leaving-date-year")!.GetAttribute("value") ?? "");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task HubAdministrator_ChoosesTheSchool_AndAnUnknownSchoolIsNotFound()
    {
        var w = await WorldAsync();
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var choose = await admin.GetAsync("/coach/rollover");
        Assert.Equal(HttpStatusCode.OK, choose.Status);
        Assert.NotNull(choose.Document.QuerySelector($"[data-testid=rollover-schools] a[href='/coach/rollover?school={w.HollinId}']"));
        var hollin = await admin.GetAsync($"/coach/rollover?school={w.HollinId}");
        Assert.NotNull(hollin.Document.QuerySelector($"[data-testid=rollover-{w.HollinPerson}]"));
        Assert.Null(hollin.Document.QuerySelector($"[data-testid=rollover-{w.Leaver}]"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/coach/rollover?school=99999")).Status);

        // A coach's own school is used whatever the address says.
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var own = await coach.GetAsync($"/coach/rollover?school={w.HollinId}");
        Assert.Null(own.Document.QuerySelector($"[data-testid=rollover-{w.HollinPerson}]"));
        Assert.NotNull(own.Document.QuerySelector($"[data-testid=rollover-{w.Leaver}]"));
    }

    [Fact]
    public async Task InJune_LeaversStayOnTheCaseloadUntilTheirDate_AndStaysTakesBackAPendingLeavingDate()
    {
        await using var june = new SendCareersApp().WithClock(new DateTimeOffset(2027, 6, 15, 9, 0, 0, TimeSpan.Zero));
        var leaver = await june.WithDbAsync(async db =>
        {
            var brookfield = await db.Schools.SingleAsync(s => s.Name == "Brookfield Lane School");
            var person = new YoungPerson { SchoolId = brookfield.Id, PreferredName = "Lenny", LegalSurname = "Roll-Leaver", DateOfBirth = new DateOnly(2008, 3, 1), CreatedAtUtc = Today.UtcDateTime, UpdatedAtUtc = Today.UtcDateTime };
            db.YoungPeople.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        using var coach = june.CreateFormClient();
        await coach.SignInAsync(Coach);
        Assert.NotNull((await coach.GetAsync("/coach")).Document.QuerySelector("[data-testid=needs-you-rollover]"));

        var applied = await coach.SubmitAsync("/coach/rollover", new Dictionary<string, object?>());
        Assert.True(applied.Status == HttpStatusCode.Redirect, string.Join("; ", applied.ErrorSummary));
        Assert.Equal(new DateOnly(2027, 7, 31), await june.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == leaver).Select(p => p.LeftOn).SingleAsync()));

        // Still at school until 31 July: on the caseload, matched, not yet due a destination.
        var dashboard = await coach.GetAsync("/coach");
        Assert.Null(dashboard.Document.QuerySelector("[data-testid=needs-you-rollover]"));
        Assert.Null(dashboard.Document.QuerySelector("[data-testid=needs-you-destinations-on-leaving]"));
        Assert.Contains("Lenny", (await coach.GetAsync("/coach/young-people")).Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/young-people/{leaver}/matches")).Status);

        // Listed again as leaving; choosing "stays" takes the date back.
        var page = await coach.GetAsync("/coach/rollover");
        Assert.Contains("Leaving on 31 July 2027", page.Document.QuerySelector($"[data-testid=rollover-{leaver}]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"input[name='Choice[{leaver}]'][value=leaves][checked]"));
        var stays = await coach.SubmitAsync("/coach/rollover", new Dictionary<string, object?> { [$"Choice[{leaver}]"] = "stays" });
        Assert.True(stays.Status == HttpStatusCode.Redirect, string.Join("; ", stays.ErrorSummary));
        Assert.Null(await june.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == leaver).Select(p => p.LeftOn).SingleAsync()));
        Assert.Contains(await june.WithDbAsync(db => db.ProfileChanges.Where(c => c.YoungPersonId == leaver).Select(c => c.After).ToListAsync()),
            after => after == "Not leaving, at the rollover for 2027/28");
        Assert.Empty(june.Errors.Entries);
    }
}
