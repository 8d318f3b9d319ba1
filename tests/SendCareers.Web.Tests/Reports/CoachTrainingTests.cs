using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reports;

/// <summary>
/// Job coaches' training: recorded and removed by hub administrators from the staff accounts, validated on
/// the server and saved whole or not at all, and counted on the NDTi page for statement 7.
/// </summary>
public sealed class CoachTrainingTests(CoachTrainingTests.AppFixture fixture) : IClassFixture<CoachTrainingTests.AppFixture>
{
    /// <summary>The demo hub on a fixed Monday, so "in the future" means the same every run.</summary>
    public sealed class AppFixture : SendCareersApp
    {
        public AppFixture() => WithClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    }

    private const string Level3 = "Level 3 Certificate in Supported Employment";

    private Task<string> UserIdAsync(string email) =>
        fixture.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<int> TrainingCountAsync(string userId) =>
        fixture.WithDbAsync(db => db.CoachTraining.CountAsync(t => t.UserId == userId));

    private async Task<FormClient> AdminAsync()
    {
        var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        return admin;
    }

    [Fact]
    public async Task Post_Invalid_Answers400_WithMessagesBesideTheFields_KeepsWhatWasTyped_AndSavesNothing()
    {
        var coach = await UserIdAsync("coach.hollin@sendcareers.test");
        var url = $"/admin/accounts/{coach}/training";
        using var admin = await AdminAsync();
        var before = await TrainingCountAsync(coach);
        var auditsBefore = await fixture.WithDbAsync(db => db.AuditEvents.CountAsync());

        var empty = await admin.SubmitAsync(url, new Dictionary<string, object?> { ["Course"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Enter the name of the course", "Enter the date completed"], empty.ErrorSummary);
        Assert.Equal("Enter the name of the course", empty.FieldError("course"));
        Assert.Equal("Enter the date completed", empty.FieldError("completed-on"));

        var future = await admin.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["Course"] = "Systematic instruction", ["CompletedOn.Day"] = "24", ["CompletedOn.Month"] = "11", ["CompletedOn.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.BadRequest, future.Status);
        Assert.Equal("Date completed must be today or in the past", future.FieldError("completed-on"));
        Assert.Null(future.FieldError("course"));
        Assert.Equal("Systematic instruction", future.Document.QuerySelector("input[name=Course]")!.GetAttribute("value"));
        Assert.Equal("24", future.Document.QuerySelector("input[name='CompletedOn.Day']")!.GetAttribute("value"));

        var unreal = await admin.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["Course"] = new string('x', 201), ["CompletedOn.Day"] = "30", ["CompletedOn.Month"] = "2", ["CompletedOn.Year"] = "2025",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unreal.Status);
        Assert.Equal("Date completed must be a real date, like 27 3 2025", unreal.FieldError("completed-on"));
        Assert.Equal("Name of the course must be 200 characters or fewer", unreal.FieldError("course"));
        Assert.Equal("30", unreal.Document.QuerySelector("input[name='CompletedOn.Day']")!.GetAttribute("value"));

        Assert.Equal(before, await TrainingCountAsync(coach));
        Assert.Equal(auditsBefore, await fixture.WithDbAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task Post_Valid_SavesAndShowsTheCourse_WithAnAuditEntry_ThenRemoveTakesItAway()
    {
        var coach = await UserIdAsync("coach.riverside@sendcareers.test");
        var url = $"/admin/accounts/{coach}/training";
        using var admin = await AdminAsync();
        var before = await TrainingCountAsync(coach);

        var saved = await admin.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["Course"] = "  Autism awareness for job coaches ", ["CompletedOn.Day"] = "23", ["CompletedOn.Month"] = "11", ["CompletedOn.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"{url}?done=added", saved.Location);
        Assert.Equal(before + 1, await TrainingCountAsync(coach));
        var row = await fixture.WithDbAsync(db => db.CoachTraining.AsNoTracking().Where(t => t.UserId == coach).OrderByDescending(t => t.Id).FirstAsync());
        Assert.Equal("Autism awareness for job coaches", row.Course);
        Assert.Equal(new DateOnly(2026, 11, 23), row.CompletedOn);
        Assert.Equal(await UserIdAsync("admin@sendcareers.test"), row.RecordedByUserId);
        Assert.True(await fixture.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "Recorded job coach training" && a.SubjectType == AuditTrail.Account && a.SubjectId == coach)));

        var page = await admin.GetAsync(saved.Location!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The training has been recorded.", page.Document.QuerySelector("[data-testid=notice]")!.TextContent.Trim());
        var listed = page.Document.QuerySelector("[data-testid=training]")!.TextContent;
        Assert.Contains("Autism awareness for job coaches", listed, StringComparison.Ordinal);
        Assert.Contains("Completed on 23 November 2026", listed, StringComparison.Ordinal);
        Assert.Contains("Who can use this page: Hub administrators only.", page.Text, StringComparison.Ordinal);

        var removeUrl = $"{url}/{row.Id}/remove";
        Assert.NotNull(page.Document.QuerySelector($"a[href='{removeUrl}']"));
        var confirm = await admin.GetAsync(removeUrl);
        Assert.Equal("Are you sure you want to remove Autism awareness for job coaches?", confirm.H1);
        var removed = await admin.SubmitAsync(removeUrl, new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal($"{url}?done=removed", removed.Location);
        Assert.Equal(before, await TrainingCountAsync(coach));
        Assert.True(await fixture.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "Removed job coach training" && a.SubjectId == coach)));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(removeUrl)).Status);
    }

    [Fact]
    public async Task StaffAccounts_LinkEachJobCoachToTheirTraining_AndNoOneElse()
    {
        using var admin = await AdminAsync();

        var accounts = await admin.GetAsync("/admin/accounts");

        Assert.Equal(HttpStatusCode.OK, accounts.Status);
        var coaches = await fixture.WithDbAsync(db => db.JobCoaches().Select(u => new { u.Id, u.Email }).ToListAsync());
        foreach (var coach in coaches)
        {
            var link = accounts.Document.QuerySelector($"[data-testid='account-{coach.Email}'] a[href='/admin/accounts/{coach.Id}/training']");
            Assert.NotNull(link);
            Assert.StartsWith("Training for ", link.TextContent, StringComparison.Ordinal);
        }

        Assert.Empty(accounts.Document.QuerySelectorAll("[data-testid='account-admin@sendcareers.test'] a[href$='/training']"));
    }

    [Fact]
    public async Task TrainingPage_IsOnlyForJobCoachesRecords_AndOnlyHubAdministratorsMayOpenIt()
    {
        var coach = await UserIdAsync("coach.hollin@sendcareers.test");
        var url = $"/admin/accounts/{coach}/training";
        using var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/accounts/no-such-user/training")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{await UserIdAsync("admin@sendcareers.test")}/training")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{await UserIdAsync("employer@sendcareers.test")}/training")).Status);

        // Someone else's training cannot be removed through this coach's address.
        var other = new CoachTraining { UserId = await UserIdAsync("coach@sendcareers.test"), Course = Level3, CompletedOn = new DateOnly(2024, 5, 1), RecordedAtUtc = new DateTime(2024, 5, 2, 9, 0, 0, DateTimeKind.Utc) };
        await fixture.WithDbAsync(db =>
        {
            db.CoachTraining.Add(other);
            return db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{url}/{other.Id}/remove")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync(url, new Dictionary<string, object?>(), postTo: $"{url}/{other.Id}/remove")).Status);
        Assert.True(await fixture.WithDbAsync(db => db.CoachTraining.AnyAsync(t => t.Id == other.Id)));

        var before = await TrainingCountAsync(coach);
        foreach (var email in new[] { "coach.hollin@sendcareers.test", "employer@sendcareers.test" })
        {
            using var client = fixture.CreateFormClient();
            await client.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).Status);
            var post = await client.PostAsync(url, [new("Course", Level3), new("CompletedOn.Day", "1"), new("CompletedOn.Month", "9"), new("CompletedOn.Year", "2025")]);
            Assert.NotEqual(HttpStatusCode.OK, post.Status);
            Assert.NotEqual(HttpStatusCode.Redirect, post.Status);
        }

        Assert.Equal(before, await TrainingCountAsync(coach));
    }

    [Fact]
    public async Task NdtiPage_CountsTrainedJobCoaches_AndTheirCourses()
    {
        var tom = await UserIdAsync("coach@sendcareers.test");
        var grace = await UserIdAsync("coach.hollin@sendcareers.test");
        var admin = await UserIdAsync("admin@sendcareers.test");
        var coaches = await fixture.WithDbAsync(db => db.JobCoaches().CountAsync());
        Assert.True(coaches > 2, "the demo hub should have more job coaches than the two trained here");
        await SetTrainingAsync(
            (tom, Level3), (tom, "Systematic instruction"), (tom, "Systematic instruction"),
            (grace, "level 3 certificate in supported employment"),
            // Training recorded for an account that is not a job coach does not count.
            (admin, "Safeguarding for managers"));
        using var client = await AdminAsync();

        var page = await client.GetAsync("/admin/reports/ndti");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var statement = Statement7(page);
        Assert.Contains($"2 of {coaches} job coaches have recorded training; courses: {Level3} (2), Systematic instruction (1).", statement.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{coaches} job coaches use SendCareers", statement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Safeguarding for managers", statement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not recorded here", statement.TextContent, StringComparison.Ordinal);

        await SetTrainingAsync();
        var none = Statement7(await client.GetAsync("/admin/reports/ndti"));
        Assert.Contains("No job coach training is recorded yet.", none.TextContent, StringComparison.Ordinal);
        Assert.Contains("from the Training link beside their name on the staff accounts page", none.TextContent, StringComparison.Ordinal);
        Assert.NotNull(none.QuerySelector("a[href='/admin/accounts']"));
    }

    private static AngleSharp.Dom.IElement Statement7(FormClient.PageResult page) =>
        page.Document.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "7. There are enough trained job coaches")
            .QuerySelector("dd")!;

    private Task SetTrainingAsync(params (string UserId, string Course)[] training) => fixture.WithDbAsync(async db =>
    {
        await db.CoachTraining.ExecuteDeleteAsync();
        db.CoachTraining.AddRange(training.Select(t => new CoachTraining
        {
            UserId = t.UserId,
            Course = t.Course,
            CompletedOn = new DateOnly(2025, 6, 30),
            RecordedAtUtc = new DateTime(2025, 7, 1, 9, 0, 0, DateTimeKind.Utc),
        }));
        await db.SaveChangesAsync();
    });
}
