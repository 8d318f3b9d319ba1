using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Encounters.EncounterWorld;

namespace SendCareers.Web.Tests.Encounters;

/// <summary>
/// An encounter on a weekend or a bank holiday is probably a slip of the date: the coach is told why,
/// beside the field and in the error summary, nothing is saved until they confirm, and keeping the date
/// when changing something else does not ask again.
/// </summary>
public sealed class EncounterDateWarningTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2026, 12, 5, "Saturday 5 December 2026 is a Saturday. Change the date, or select yes if it is right")]
    [InlineData(2026, 12, 28, "Monday 28 December 2026 is a bank holiday (Boxing Day, moved from the weekend). Change the date, or select yes if it is right")]
    public async Task AWeekendOrBankHoliday_MustBeConfirmed(int year, int month, int day, string message)
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var group = await GroupAsync(app);
        var employerId = await EmployerIdAsync(app);
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var before = await app.WithDbAsync(db => db.Encounters.CountAsync());
        var form = Form(employerId, new DateOnly(year, month, day), group.Select(p => p.Id), title: "Saturday open day");

        var warned = await coach.SubmitAsync("/coach/encounters/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, warned.Status);
        Assert.Equal([message], warned.ErrorSummary);
        Assert.Equal(message, warned.FieldError("date-is-right"));
        Assert.Equal("Saturday open day", warned.Document.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Encounters.CountAsync()));

        form["Input.DateIsRight"] = new[] { "yes" };
        var confirmed = await coach.SubmitAsync("/coach/encounters/new", form);

        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));
        var id = IdFrom(confirmed);

        // Changing the title only: the date was confirmed already.
        form.Remove("Input.DateIsRight");
        form["Input.Title"] = "Saturday open day at the depot";
        var changed = await coach.SubmitAsync($"/coach/encounters/{id}/edit", form);
        Assert.True(changed.Status == HttpStatusCode.Redirect, string.Join("; ", changed.ErrorSummary));
        Assert.Empty(app.Errors.Entries);
    }

    [Fact]
    public async Task AWeekday_IsNotQuestioned()
    {
        await using var app = new SendCareersApp().WithClock(Monday);
        var group = await GroupAsync(app);
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var page = await coach.GetAsync("/coach/encounters/new");
        Assert.Null(page.Document.QuerySelector("#date-is-right"));
        var scheduled = await coach.SubmitAsync("/coach/encounters/new", Form(await EmployerIdAsync(app), new DateOnly(2026, 12, 8), group.Select(p => p.Id)));

        Assert.Equal(HttpStatusCode.Redirect, scheduled.Status);
    }
}
