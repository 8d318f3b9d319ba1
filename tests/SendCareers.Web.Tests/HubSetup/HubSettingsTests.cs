using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.HubSetup;

/// <summary>
/// The hub administrator sets the hub's name, contact, reminders and retention on a page: each field is
/// checked on the server, the change is audited, and it takes effect over the app's configuration.
/// </summary>
public sealed class HubSettingsTests(HubSettingsTests.AppFixture fixture) : IClassFixture<HubSettingsTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Name", "   ", "Enter the hub's name")]
    [InlineData("ContactEmail", "", "Enter the hub's contact e-mail address")]
    [InlineData("ContactEmail", "hub at example.org", "Enter an e-mail address in the correct format, like hub@example.org")]
    [InlineData("ContactPhone", "call us", "Enter a telephone number, like 0113 496 0000 or +44 113 496 0000")]
    [InlineData("ContactPhone", "0113", "Enter a telephone number, like 0113 496 0000 or +44 113 496 0000")]
    [InlineData("BriefingDaysBefore", "a week", "Enter whole numbers of days separated by commas, like 7, 1")]
    [InlineData("BriefingDaysBefore", "7, 0", "Each briefing must be sent between 1 and 90 days before the start")]
    [InlineData("BriefingDaysBefore", "400", "Each briefing must be sent between 1 and 90 days before the start")]
    [InlineData("BriefingDaysBefore", "3, 3", "Enter each number of days only once")]
    [InlineData("DebriefHoursAfterEnd", "-2", "Hours after the end for the debrief must be a whole number, like 1")]
    [InlineData("DebriefHoursAfterEnd", "999", "Hours after the end for the debrief must be between 0 and 336")]
    [InlineData("ChaserDaysAfterDebrief", "0", "Days before the chaser must be between 1 and 30")]
    [InlineData("ChaserDaysAfterDebrief", "2.5", "Days before the chaser must be a whole number, like 2")]
    [InlineData("RetentionYears", "101", "Years to keep a leaver's record must be between 0 and 100")]
    [InlineData("RetentionYears", "99999999999", "Years to keep a leaver's record must be a whole number, like 1")]
    public async Task EachField_IsCheckedOnTheServer_MessageBesideItAndInTheSummary_TypedKept_NothingSaved(string field, string value, string message)
    {
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var before = await fixture.WithDbAsync(db => db.Hubs.AsNoTracking().SingleAsync());

        var result = await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?> { [field] = value, ["Name"] = field == "Name" ? value : "Changed Hub Name" });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(message, result.FieldError(SendCareers.Web.TagHelpers.FieldContext.IdFromName(field)));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(value.Trim(), result.Document.QuerySelector($"input[name={field}]")?.GetAttribute("value") ?? "");
        var after = await fixture.WithDbAsync(db => db.Hubs.AsNoTracking().SingleAsync());
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Saving_ChangesTheNameOnEveryPage_AndIsAudited()
    {
        await using var app = new SendCareersApp();
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var saved = await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?>
        {
            ["Name"] = "Calder Valley SEND Careers Hub",
            ["ContactEmail"] = "team@calder.example.org",
            ["ContactPhone"] = "0113 496 0000",
            ["RetentionYears"] = "2",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var page = await admin.GetAsync(saved.Location!);
        Assert.Contains("The hub settings have been saved.", page.Text, StringComparison.Ordinal);
        Assert.Equal("0113 496 0000", page.Document.QuerySelector("input[name=ContactPhone]")?.GetAttribute("value"));
        var home = await admin.GetAsync("/");
        Assert.Contains("Calder Valley SEND Careers Hub", home.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectType == AuditTrail.Hub).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("Changed the hub settings", entry.Action);
        Assert.Contains("Name: Aire and Calder SEND Careers Hub → Calder Valley SEND Careers Hub", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("Retention years: default → 2", entry.Detail, StringComparison.Ordinal);
        Assert.NotNull(entry.UserId);
    }

    [Fact]
    public async Task ChosenBriefingDays_ChangeWhenANewlyConfirmedPlacementsRemindersAreDue()
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var seeded = await SeedAsync(app, PlacementState.Agreed);
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var saved = await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?> { ["BriefingDaysBefore"] = "5 and 2" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var confirmed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "10", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "11", ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
            ["TravelPlan"] = "Taxi arranged by the school",
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);

        var due = await app.WithDbAsync(db => db.ScheduledMessages
            .Where(m => m.SubjectId == seeded.PlacementId && m.Kind.StartsWith("briefing-"))
            .Select(m => new { m.DedupeKey, m.DueAtUtc }).ToListAsync());
        Assert.Equal(["P2D", "P5D"], due.Select(k => k.DedupeKey.Split(':')[3]).Distinct().Order());
        // 5 days before 10 December is 5 December: the earliest briefing is due then, not 7 days before.
        Assert.Equal(new DateOnly(2026, 12, 5), DateOnly.FromDateTime(due.Min(d => d.DueAtUtc)));
    }

    [Fact]
    public async Task ChosenRetentionPeriod_IsWhatTheRetentionRuleUses()
    {
        await using var app = new SendCareersApp().Set("Retention:YearsAfterTrackingEnds", "3");
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Contains("for 3 years after", (await admin.GetAsync("/admin/retention")).Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?> { ["RetentionYears"] = "1" })).Status);

        Assert.Contains("for 1 year after", (await admin.GetAsync("/admin/retention")).Text, StringComparison.Ordinal);
        // Emptying the box goes back to the app's setting.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?> { ["RetentionYears"] = "" })).Status);
        Assert.Contains("for 3 years after", (await admin.GetAsync("/admin/retention")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicAddress_IsShown_WithAWarningWhenItIsNotTheAddressInUse()
    {
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var matching = await admin.GetAsync("/admin/hub");
        Assert.Equal("http://localhost", matching.Document.QuerySelector("[data-testid=public-address]")?.TextContent.Trim());
        Assert.Null(matching.Document.QuerySelector("[data-testid=address-warning]"));

        await using var elsewhere = new SendCareersApp().Set("Site:BaseUrl", "https://careers.example.org");
        using var other = elsewhere.CreateFormClient();
        await other.SignInAsync("admin@sendcareers.test");
        var page = await other.GetAsync("/admin/hub");
        var warning = page.Document.QuerySelector("[data-testid=address-warning]")?.TextContent ?? "";
        Assert.Contains("E-mailed links start with https://careers.example.org, but you are using http://localhost", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleForm_SavesNothing_AndSaysSomeoneElseChangedIt()
    {
        await using var app = new SendCareersApp();
        using var first = app.CreateFormClient();
        await first.SignInAsync("admin@sendcareers.test");
        var page = await first.GetAsync("/admin/hub");
        var values = FormClient.ValuesOf(page.FindForm(null)!, ["Name"]);
        values.Add(new("Name", "Stale Name"));
        await app.WithDbAsync(db => db.Hubs.ExecuteUpdateAsync(h => h.SetProperty(x => x.Version, Guid.NewGuid())));

        var result = await first.PostAsync("/admin/hub", values);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Someone else changed the hub settings", string.Join(" ", result.ErrorSummary), StringComparison.Ordinal);
        Assert.NotEqual("Stale Name", await app.WithDbAsync(db => db.Hubs.Select(h => h.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("/admin/hub")]
    [InlineData("/admin/schools")]
    [InlineData("/admin/schools/new")]
    public async Task OnlyHubAdministrators_MayUseTheSetUpPages(string url)
    {
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostAsync(url, [new("Name", "Coach's hub")])).Status);

        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync(url)).Status);

        using var anonymous = fixture.CreateFormClient();
        var redirect = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        Assert.Contains("/account/sign-in", redirect.Location, StringComparison.Ordinal);
        Assert.NotEqual("Coach's hub", await fixture.WithDbAsync(db => db.Hubs.Select(h => h.Name).SingleAsync()));
    }
}
