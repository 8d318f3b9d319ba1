using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// A first day on a weekend, a bank holiday or outside the opening's own dates is probably a slip: the
/// coach confirming the placement is told why, nothing is saved until they say it is right, and a first
/// day already agreed is not questioned again when something else changes.
/// </summary>
public sealed class PlacementStartWarningTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AFirstDayOnASaturdayAndAfterTheOpeningEnds_MustBeConfirmed()
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var seeded = await SeedAsync(app, PlacementState.Agreed);
        await app.WithDbAsync(async db =>
        {
            var placement = await db.Placements.Include(p => p.Opening).SingleAsync(p => p.Id == seeded.PlacementId);
            placement.Opening!.StartsOn = new DateOnly(2026, 11, 30);
            placement.Opening.EndsOn = new DateOnly(2026, 12, 4);
            await db.SaveChangesAsync();
        });
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var form = Form(startDay: 5, endDay: 11);

        var warned = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", form);

        const string Message = "Saturday 5 December 2026 is a Saturday. The opening ends on 4 December 2026, before this date. Change the first day, or select yes if it is right";
        Assert.Equal(HttpStatusCode.BadRequest, warned.Status);
        Assert.Equal([Message], warned.ErrorSummary);
        Assert.Equal(Message, warned.FieldError("start-is-right"));
        Assert.Equal("Bus 42 with mum on the first day", warned.Document.QuerySelector("#travel-plan")!.TextContent.Trim());
        Assert.Equal(PlacementState.Agreed, await app.WithDbAsync(db => db.Placements.Where(p => p.Id == seeded.PlacementId).Select(p => p.State).SingleAsync()));

        form["StartIsRight"] = new[] { "yes" };
        var confirmed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", form);
        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));
        Assert.Equal(PlacementState.Confirmed, await app.WithDbAsync(db => db.Placements.Where(p => p.Id == seeded.PlacementId).Select(p => p.State).SingleAsync()));

        // Changing the travel plan later keeps the agreed first day without asking again.
        form.Remove("StartIsRight");
        form["TravelPlan"] = "Taxi arranged by the council";
        var changed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", form);
        Assert.True(changed.Status == HttpStatusCode.Redirect, string.Join("; ", changed.ErrorSummary));
        Assert.Empty(app.Errors.Entries);
    }

    [Fact]
    public async Task AWeekdayWithinTheOpening_IsNotQuestioned()
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var seeded = await SeedAsync(app, PlacementState.Agreed);
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var confirmed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", Form(startDay: 1, endDay: 4));

        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));
    }

    private static Dictionary<string, object?> Form(int startDay, int endDay) => new()
    {
        ["StartDate.Day"] = startDay.ToString(System.Globalization.CultureInfo.InvariantCulture), ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
        ["EndDate.Day"] = endDay.ToString(System.Globalization.CultureInfo.InvariantCulture), ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
        ["SupervisorName"] = "Sam Supervisor",
        ["SupervisorEmail"] = SupervisorEmail,
        ["TravelPlan"] = "Bus 42 with mum on the first day",
    };
}
