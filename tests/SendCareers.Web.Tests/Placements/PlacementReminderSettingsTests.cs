using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// A hub can choose when briefings go out (the "Reminders" settings). Nonsense no longer falls back to 7 and 1 days:
/// it stops the app at start-up (Foundation/StartupSettingsTests).
/// </summary>
public sealed class PlacementReminderSettingsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("3", new[] { "P3D", "P1D" })]
    public async Task Confirm_PlansBriefingsAtTheHubsChosenDays(string firstOffsetDays, string[] expectedSlots)
    {
        await using var app = new SendCareersApp().WithClock(Monday).Set("Reminders:BriefingDaysBefore:0", firstOffsetDays);
        var seeded = await SeedAsync(app, PlacementState.Agreed);
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var confirmed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "10", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "11", ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
            ["TravelPlan"] = "Taxi arranged by the school",
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);

        var slots = await app.WithDbAsync(db => db.ScheduledMessages
            .Where(m => m.SubjectId == seeded.PlacementId && m.Kind.StartsWith("briefing-"))
            .Select(m => m.DedupeKey).ToListAsync());
        Assert.Equal(expectedSlots.Order(), slots.Select(k => k.Split(':')[3]).Distinct().Order());
    }
}
