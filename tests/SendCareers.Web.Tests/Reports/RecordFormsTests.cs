using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Ndti;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reports;

/// <summary>The Preparing for Adulthood review and destination forms: validated on the server, and saved whole or not at all.</summary>
public sealed class RecordFormsTests(RecordFormsTests.AppFixture fixture) : IClassFixture<RecordFormsTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    private Task<int> OwnPersonAsync() => fixture.WithDbAsync(async db =>
    {
        var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
        return await db.YoungPeople.Where(p => p.SchoolId == school).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
    });

    [Fact]
    public async Task Review_Invalid_Answers400_KeepsInput_AndSavesNothing_ThenValid_Saves()
    {
        var id = await OwnPersonAsync();
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var before = await fixture.WithDbAsync(db => db.PreparingForAdulthoodReviews.CountAsync(r => r.YoungPersonId == id));

        var bad = await coach.SubmitAsync($"/coach/young-people/{id}/reviews/new", new Dictionary<string, object?>
        {
            ["HeldOn.Day"] = "31", ["HeldOn.Month"] = "12", ["HeldOn.Year"] = "2099", ["Notes"] = "Agreed to try retail",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("Date of the review must be today or in the past", bad.FieldError("held-on"));
        Assert.Equal("Select yes if the review focused on employment", bad.FieldError("employment-focused"));
        Assert.Equal("Agreed to try retail", bad.Document.QuerySelector("textarea[name=Notes]")!.TextContent.Trim());
        Assert.Equal(before, await fixture.WithDbAsync(db => db.PreparingForAdulthoodReviews.CountAsync(r => r.YoungPersonId == id)));

        var good = await coach.SubmitAsync($"/coach/young-people/{id}/reviews/new", new Dictionary<string, object?>
        {
            ["HeldOn.Day"] = "2", ["HeldOn.Month"] = "11", ["HeldOn.Year"] = "2026", ["EmploymentFocused"] = "yes",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.Status);
        Assert.Equal(before + 1, await fixture.WithDbAsync(db => db.PreparingForAdulthoodReviews.CountAsync(r => r.YoungPersonId == id)));
    }

    [Fact]
    public async Task Destination_PaidWorkNeedsHours_AndTheCheckpointCannotPrecedeLeaving()
    {
        var id = await OwnPersonAsync();
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var bad = await coach.SubmitAsync($"/coach/young-people/{id}/destinations/new", new Dictionary<string, object?>
        {
            ["LeftOn.Day"] = "18", ["LeftOn.Month"] = "7", ["LeftOn.Year"] = "2025",
            ["CheckpointOn.Day"] = "1", ["CheckpointOn.Month"] = "7", ["CheckpointOn.Year"] = "2025",
            ["Kind"] = "PaidEmployment",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("Date of this checkpoint must be the same as or after the leaving date", bad.FieldError("checkpoint-on"));
        Assert.Equal("Enter the paid hours a week", bad.FieldError("hours"));
        Assert.NotNull(bad.Document.QuerySelector("input[name=Kind][value=PaidEmployment][checked]"));

        var good = await coach.SubmitAsync($"/coach/young-people/{id}/destinations/new", new Dictionary<string, object?>
        {
            ["LeftOn.Day"] = "18", ["LeftOn.Month"] = "7", ["LeftOn.Year"] = "2025",
            ["CheckpointOn.Day"] = "1", ["CheckpointOn.Month"] = "10", ["CheckpointOn.Year"] = "2025",
            ["Kind"] = "PaidEmployment", ["Hours"] = "22.5", ["FamilyFeedback"] = "=cmd|' /C calc'!A0",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.Status);
        var saved = await fixture.WithDbAsync(db => db.Destinations.AsNoTracking().Where(d => d.YoungPersonId == id).OrderByDescending(d => d.Id).FirstAsync());
        Assert.Equal(DestinationKind.PaidEmployment, saved.Kind);
        Assert.Equal(22.5m, saved.PaidHoursPerWeek);
    }
}
