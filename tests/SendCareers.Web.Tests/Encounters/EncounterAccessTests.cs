using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Encounters.EncounterWorld;

namespace SendCareers.Web.Tests.Encounters;

/// <summary>
/// Who may see and change an encounter: the coach's own school only, the hosting employer only and
/// then by first name only; and the form's checks, which save nothing when they fail.
/// </summary>
public sealed class EncounterAccessTests(EncounterAccessTests.AppFixture fixture) : IClassFixture<EncounterAccessTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    private static DateOnly NextMonth => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));

    [Fact]
    public async Task AnotherSchoolsCoach_AndAnotherEmployer_GetNotFound()
    {
        var group = await GroupAsync(fixture);
        var otherEmployer = await EmployerIdAsync(fixture, demoEmployer: false);
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/encounters/new", Form(otherEmployer, NextMonth, group.Select(p => p.Id), title: "Mock interviews elsewhere")));

        using var otherCoach = fixture.CreateFormClient();
        await otherCoach.SignInAsync("coach.hollin@sendcareers.test");
        foreach (var url in new[] { $"/coach/encounters/{id}", $"/coach/encounters/{id}/edit", $"/coach/encounters/{id}/attendance" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.GetAsync(url)).Status);
        }

        var list = await otherCoach.GetAsync("/coach/encounters");
        Assert.DoesNotContain("Mock interviews elsewhere", list.Text, StringComparison.Ordinal);
        var cancel = await otherCoach.PostAsync($"/coach/encounters/{id}?handler=Cancel", []);
        Assert.True(cancel.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{(int)cancel.Status}");
        Assert.Equal(Web.Data.Entities.EncounterState.Scheduled, await fixture.WithDbAsync(db => db.Encounters.Where(e => e.Id == id).Select(e => e.State).SingleAsync()));

        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/my-organisation/encounters/{id}")).Status);
        Assert.DoesNotContain("Mock interviews elsewhere", (await employer.GetAsync("/my-organisation/encounters")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync($"/coach/encounters/{id}")).Status);
    }

    [Fact]
    public async Task HostingEmployer_SeesFirstNamesOnly()
    {
        var group = await GroupAsync(fixture);
        var own = await EmployerIdAsync(fixture);
        var surnamed = await fixture.WithDbAsync(async db =>
        {
            var person = await db.YoungPeople.SingleAsync(p => p.Id == group[0].Id);
            person.PreferredName = "Kieran Secret-Surname";
            person.HomePostcode = "LS7 3QB";
            await db.SaveChangesAsync();
            return person;
        });
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/encounters/new", Form(own, NextMonth, group.Select(p => p.Id))));

        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var page = await employer.GetAsync($"/my-organisation/encounters/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Kieran", page.Document.QuerySelector("[data-testid=first-names]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Surname", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("LS7 3QB", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(group[0].FamilyEmail, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/coach/young-people", page.Html, StringComparison.Ordinal);
        Assert.Contains("Behind the scenes in the kitchen", (await employer.GetAsync("/my-organisation/encounters")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyForm_ShowsEveryMessage_AndSavesNothing()
    {
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var before = await fixture.WithDbAsync(db => db.Encounters.CountAsync());
        var result = await coach.SubmitAsync("/coach/encounters/new", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(
            [
                "Enter a title for the encounter", "Select the kind of encounter", "Select the employer", "Enter the date",
                "Enter a start time", "Enter an end time", "Enter where the encounter takes place", "Enter the name of the person hosting it",
                "Enter the host's e-mail address, so they get the reminders", "Select at least one young person",
            ],
            result.ErrorSummary);
        Assert.NotNull(result.FieldError("title"));
        Assert.Equal(before, await fixture.WithDbAsync(db => db.Encounters.CountAsync()));
    }

    [Fact]
    public async Task BadValues_AreExplained_AndWhatWasTypedIsKept()
    {
        var group = await GroupAsync(fixture);
        var otherSchoolsPerson = await fixture.WithDbAsync(async db =>
        {
            var schoolId = await db.Users.Where(u => u.Email == "coach.hollin@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            return await db.YoungPeople.Where(p => p.SchoolId == schoolId).Select(p => p.Id).FirstAsync();
        });
        var own = await EmployerIdAsync(fixture);
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var form = Form(own, new DateOnly(2020, 1, 1), [group[0].Id, otherSchoolsPerson], start: "25 o'clock", end: "9am");
        form["Input.HostEmail"] = "not an address";
        var result = await coach.SubmitAsync("/coach/encounters/new", form);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(
            [
                "The date must be within the last 12 months, or in the future", "Enter a start time like 10am or 14:30",
                "Enter an e-mail address in the correct format, like name@example.com", "Select young people from the list",
            ],
            result.ErrorSummary);
        Assert.Equal("25 o'clock", result.Document.QuerySelector("#start-time")!.GetAttribute("value"));
        Assert.Equal("not an address", result.Document.QuerySelector("#host-email")!.GetAttribute("value"));

        var backwards = Form(own, NextMonth, [group[0].Id], start: "2pm", end: "1pm");
        var ends = await coach.SubmitAsync("/coach/encounters/new", backwards);
        Assert.Equal(["The end time must be after the start time"], ends.ErrorSummary);
    }
}
