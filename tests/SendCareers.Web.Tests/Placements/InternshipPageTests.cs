using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Placements;

/// <summary>The demo supported internship's rotations, support log and tapering, and the weekly log's checks.</summary>
public sealed class InternshipPageTests(InternshipPageTests.AppFixture fixture) : IClassFixture<InternshipPageTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    private Task<int> InternshipIdAsync() =>
        fixture.WithDbAsync(db => db.Placements.Where(p => p.Opening!.Kind == OpeningKind.SupportedInternship && p.SupportLog.Count > 0).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task DemoInternship_ShowsRotationsAndTapering()
    {
        var id = await InternshipIdAsync();
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.NotNull((await coach.GetAsync($"/coach/placements/{id}")).Document.QuerySelector("[data-testid=internship-link]"));
        var page = await coach.GetAsync($"/coach/placements/{id}/internship");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(3, page.Document.QuerySelectorAll("[data-testid=rotations] .govuk-summary-list__row").Length);
        Assert.True(page.Document.QuerySelectorAll("[data-testid=support-log] tbody tr").Length >= 8, "the demo log has 8 weeks (another test here may add one)");
        var tapering = page.Document.QuerySelector("[data-testid=tapering]")!.TextContent;
        Assert.Contains("Support is reducing.", tapering, StringComparison.Ordinal);
        Assert.Contains("Support has fallen from about", tapering, StringComparison.Ordinal);

        using var otherCoach = fixture.CreateFormClient();
        await otherCoach.SignInAsync("coach.hollin@sendcareers.test");
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync($"/coach/placements/{id}/internship")).Status);
    }

    [Fact]
    public async Task SupportWeek_BadValuesExplained_NothingSaved_ThenSaved()
    {
        var id = await InternshipIdAsync();
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var before = await fixture.WithDbAsync(db => db.SupportLog.CountAsync(s => s.PlacementId == id));
        var url = $"/coach/placements/{id}/internship";
        var action = $"{url}?handler=Week";

        var empty = await coach.SubmitAsync(url, new Dictionary<string, object?>(), action: action);
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(["Enter the week starting", "Enter the hours of direct support"], empty.ErrorSummary);

        var firstLogged = await fixture.WithDbAsync(db => db.SupportLog.Where(s => s.PlacementId == id).MinAsync(s => s.WeekStarting));
        var bad = await coach.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["WeekStarting.Day"] = firstLogged.Day.ToString(), ["WeekStarting.Month"] = firstLogged.Month.ToString(), ["WeekStarting.Year"] = firstLogged.Year.ToString(),
            ["Hours"] = "7.3",
        }, action: action);
        Assert.Equal(["This week has already been recorded", "Hours must be a number from 0 to 60, in half hours, like 7.5"], bad.ErrorSummary);
        Assert.Equal("7.3", bad.Document.QuerySelector("#hours")!.GetAttribute("value"));

        var tuesday = firstLogged.AddDays(-6);
        var notMonday = await coach.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["WeekStarting.Day"] = tuesday.Day.ToString(), ["WeekStarting.Month"] = tuesday.Month.ToString(), ["WeekStarting.Year"] = tuesday.Year.ToString(), ["Hours"] = "5",
        }, action: action);
        Assert.Equal(["Week starting must be a Monday"], notMonday.ErrorSummary);
        Assert.Equal(before, await fixture.WithDbAsync(db => db.SupportLog.CountAsync(s => s.PlacementId == id)));

        var lastLogged = await fixture.WithDbAsync(db => db.SupportLog.Where(s => s.PlacementId == id).MaxAsync(s => s.WeekStarting));
        var next = lastLogged.AddDays(7);
        var saved = await coach.SubmitAsync(url, new Dictionary<string, object?>
        {
            ["WeekStarting.Day"] = next.Day.ToString(), ["WeekStarting.Month"] = next.Month.ToString(), ["WeekStarting.Year"] = next.Year.ToString(),
            ["Hours"] = "5.5", ["NaturalSupports"] = "Porter team lead",
        }, action: action);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(5.5m, await fixture.WithDbAsync(db => db.SupportLog.Where(s => s.PlacementId == id && s.WeekStarting == next).Select(s => s.DirectSupportHours).SingleAsync()));
    }
}
