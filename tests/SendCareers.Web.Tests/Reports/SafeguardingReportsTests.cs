using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Reports;

/// <summary>Safeguarding checks by activity: the block on confirmation, the hub's settings, and the expiry reminders.</summary>
public sealed class SafeguardingReportsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SendCareersApp _app = new SendCareersApp().WithClock(Monday);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static Dictionary<string, object?> ConfirmFields() => new()
    {
        ["StartDate.Day"] = "1", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
        ["EndDate.Day"] = "4", ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
        ["SupervisorEmail"] = SupervisorEmail,
        ["TravelPlan"] = "Bus 42 with mum on the first day",
    };

    private Task SetExpiryAsync(int employerId, SafeguardingCheck check, DateOnly? expires) => _app.WithDbAsync(async db =>
    {
        var row = await db.EmployerChecks.SingleOrDefaultAsync(c => c.EmployerId == employerId && c.Check == check);
        if (expires is null)
        {
            if (row is not null)
            {
                db.EmployerChecks.Remove(row);
            }
        }
        else
        {
            row!.ExpiresOn = expires.Value;
        }

        await db.SaveChangesAsync();
    });

    private Task<int> DemoEmployerIdAsync() => _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync());

    [Fact]
    public async Task ExpiredInsurance_BlocksAWorkplaceVisit_ButNotATalkInSchool_AndTheFormKeepsWhatWasTyped()
    {
        var employerId = await DemoEmployerIdAsync();
        await SetExpiryAsync(employerId, SafeguardingCheck.EmployersLiabilityInsurance, new DateOnly(2026, 11, 1));
        var group = await Encounters.EncounterWorld.GroupAsync(_app, 1);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var visit = Encounters.EncounterWorld.Form(employerId, new DateOnly(2026, 12, 3), group.Select(p => p.Id), title: "Tour of the kitchens");
        var before = await _app.WithDbAsync(db => db.Encounters.CountAsync());

        var refused = await coach.SubmitAsync("/coach/encounters/new", visit);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var message = Assert.Single(refused.ErrorSummary);
        Assert.StartsWith("Kirkgate Community Hospital cannot be booked for a workplace visit until its safeguarding checks are up to date", message, StringComparison.Ordinal);
        Assert.Contains("employer's liability insurance expired on 1 November 2026", message, StringComparison.Ordinal);
        Assert.Equal("Tour of the kitchens", refused.Document.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal(before, await _app.WithDbAsync(db => db.Encounters.CountAsync()));

        // A talk in school needs no workplace checks by default, so the same employer can give one.
        visit["Input.Kind"] = "EncounterTalk";
        visit["Input.Location"] = "School hall";
        var talk = await coach.SubmitAsync("/coach/encounters/new", visit);
        Assert.True(talk.Status == HttpStatusCode.Redirect, string.Join("; ", talk.ErrorSummary));
        Assert.Equal(before + 1, await _app.WithDbAsync(db => db.Encounters.CountAsync()));
    }

    [Fact]
    public async Task ExpiredInsurance_BlocksConfirmation_WithAClearMessage_AndNothingIsSaved()
    {
        var seeded = await SeedAsync(_app, PlacementState.Agreed);
        var employerId = await DemoEmployerIdAsync();
        await SetExpiryAsync(employerId, SafeguardingCheck.EmployersLiabilityInsurance, new DateOnly(2026, 11, 1));
        await SetExpiryAsync(employerId, SafeguardingCheck.RiskAssessment, null);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var refused = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", ConfirmFields());

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var message = Assert.Single(refused.ErrorSummary);
        Assert.Contains("Kirkgate Community Hospital cannot be confirmed for work experience", message, StringComparison.Ordinal);
        Assert.Contains("employer's liability insurance expired on 1 November 2026", message, StringComparison.Ordinal);
        Assert.Contains("risk assessment is not recorded", message, StringComparison.Ordinal);
        Assert.Equal("Bus 42 with mum on the first day", refused.Document.QuerySelector("textarea[name=TravelPlan]")!.TextContent.Trim());
        var placement = await _app.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.Id == seeded.PlacementId));
        Assert.Equal(PlacementState.Agreed, placement.State);
        Assert.Null(placement.StartsAtUtc);
        Assert.Equal(0, await _app.WithDbAsync(db => db.ScheduledMessages.CountAsync(m => m.SubjectType == "placement" && m.SubjectId == seeded.PlacementId)));

        // Renewed insurance and a risk assessment, recorded by the hub administrator: now it confirms.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        foreach (var check in new[] { "EmployersLiabilityInsurance", "RiskAssessment" })
        {
            var saved = await admin.SubmitAsync($"/admin/employers/{employerId}/checks", new Dictionary<string, object?>
            {
                ["Check"] = check, ["ExpiresOn.Day"] = "31", ["ExpiresOn.Month"] = "10", ["ExpiresOn.Year"] = "2027",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }

        var confirmed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", ConfirmFields());
        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));
    }

    [Fact]
    public async Task ACheckThatRunsOutBeforeTheLastDay_AlsoBlocks_ButATalkNeedsNoChecks()
    {
        var seeded = await SeedAsync(_app, PlacementState.Agreed);
        var employerId = await DemoEmployerIdAsync();
        await SetExpiryAsync(employerId, SafeguardingCheck.HealthAndSafetyPolicy, new DateOnly(2026, 12, 2));
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var refused = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", ConfirmFields());
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("health and safety policy expires on 2 December 2026, before the activity ends", Assert.Single(refused.ErrorSummary), StringComparison.Ordinal);

        // The hub decides work experience needs no health and safety policy: the same placement confirms.
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var changed = await admin.SubmitAsync("/admin/safeguarding/WorkExperience", new Dictionary<string, object?>
        {
            ["Checks"] = new[] { "EmployersLiabilityInsurance", "RiskAssessment" },
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        var confirmed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", ConfirmFields());
        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));
    }

    [Fact]
    public async Task RecordingACheck_PlansOneReminderEach_ForTheEmployerAndEveryAdmin_ThirtyDaysBefore_NeverTwice()
    {
        var employerId = await DemoEmployerIdAsync();
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var fields = new Dictionary<string, object?> { ["Check"] = "Dbs", ["Reference"] = "DBS-001", ["ExpiresOn.Day"] = "15", ["ExpiresOn.Month"] = "3", ["ExpiresOn.Year"] = "2027" };

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/employers/{employerId}/checks", fields)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/employers/{employerId}/checks", fields)).Status);

        var checkId = await _app.WithDbAsync(db => db.EmployerChecks.Where(c => c.EmployerId == employerId && c.Check == SafeguardingCheck.Dbs).Select(c => c.Id).SingleAsync());
        var pending = await _app.WithDbAsync(db => db.ScheduledMessages.AsNoTracking().Where(m => m.SubjectType == "check" && m.SubjectId == checkId && m.State == MessageState.Pending).ToListAsync());
        Assert.Equal(["admin@sendcareers.test", "employer@sendcareers.test"], pending.Select(m => m.RecipientEmail).Order());
        Assert.All(pending, m => Assert.Equal(new DateTime(2027, 2, 13, 9, 0, 0, DateTimeKind.Utc), m.DueAtUtc));

        // Renewed: the old reminders are cancelled and new ones planned for the new date.
        fields["ExpiresOn.Year"] = "2028";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/employers/{employerId}/checks", fields)).Status);
        var all = await _app.WithDbAsync(db => db.ScheduledMessages.AsNoTracking().Where(m => m.SubjectType == "check" && m.SubjectId == checkId).ToListAsync());
        Assert.Equal(2, all.Count(m => m.State == MessageState.Cancelled));
        Assert.Equal(2, all.Count(m => m.State == MessageState.Pending && m.DueAtUtc.Year == 2028));

        // When it falls due, each goes out once, naming the check and its date.
        _app.Clock!.Advance(TimeSpan.FromDays(500));
        await DispatchAsync(_app); // the demo hub's own expiring checks fall due too
        Assert.Equal(0, await DispatchAsync(_app));
        var mail = _app.PickedUpMail().Where(m => m.Subject!.StartsWith("DBS check runs out", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Contains("15 March 2028", m.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckForm_WithNothingChosen_Answers400_WithMessagesByEachField()
    {
        var employerId = await DemoEmployerIdAsync();
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var result = await admin.SubmitAsync($"/admin/employers/{employerId}/checks", new Dictionary<string, object?> { ["Reference"] = "kept", ["ExpiresOn.Day"] = "31", ["ExpiresOn.Month"] = "2", ["ExpiresOn.Year"] = "2027" });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Select which check you are recording", result.FieldError("check"));
        Assert.Equal("Expiry date must be a real date, like 27 3 2009", result.FieldError("expires-on"));
        Assert.Equal("kept", result.Document.QuerySelector("input[name=Reference]")!.GetAttribute("value"));

        var bad = await admin.SubmitAsync("/admin/safeguarding/WorkExperience", new Dictionary<string, object?> { ["Checks"] = new[] { "Dbs", "Nonsense" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("Select checks from the list", bad.FieldError("checks"));
        Assert.Equal(0, await _app.WithDbAsync(db => db.SafeguardingRequirements.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/safeguarding/Nonsense")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/safeguarding/4")).Status);
    }
}
