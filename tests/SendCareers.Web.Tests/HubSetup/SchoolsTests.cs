using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.HubSetup;

/// <summary>
/// The hub administrator adds, changes, closes and reopens schools and colleges. Every field is checked
/// on the server; a closed one keeps its young people and history but is offered in no pick list.
/// </summary>
public sealed class SchoolsTests(SchoolsTests.AppFixture fixture) : IClassFixture<SchoolsTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    private static Dictionary<string, object?> ValidSchool(string name = "Oak Hill School") => new()
    {
        ["Name"] = name,
        ["Kind"] = "MainstreamWithResourceBase",
        ["LocalAuthority"] = "Wakefield",
        ["Postcode"] = "wf1 2ab",
        ["Urn"] = "",
        ["Ukprn"] = "",
        ["CareersLeaderName"] = "Priya Shah",
        ["CareersLeaderEmail"] = "p.shah@oakhill.example.sch.uk",
    };

    [Theory]
    [InlineData("Name", "", "Enter the name of the school or college")]
    [InlineData("Kind", "", "Select what kind of school or college it is")]
    [InlineData("Kind", "Hogwarts", "Select what kind of school or college it is")]
    [InlineData("LocalAuthority", " ", "Enter the local authority, like Leeds")]
    [InlineData("Postcode", "", "Enter the postcode of the school or college")]
    [InlineData("Postcode", "WF1", "Enter a full UK postcode, like LS1 4AP")]
    [InlineData("Postcode", "<script>", "Enter a full UK postcode, like LS1 4AP")]
    [InlineData("Postcode", "ZZ9 9ZZ", "We do not recognise the postcode area ZZ9: check the postcode")]
    [InlineData("Urn", "12345", "URN must be 6 digits, like 107565")]
    [InlineData("Urn", "1234567", "URN must be 6 digits, like 107565")]
    [InlineData("Urn", "12345A", "URN must be 6 digits, like 107565")]
    [InlineData("Ukprn", "20001234", "UKPRN must be 8 digits starting with 1, like 10003456")]
    [InlineData("Ukprn", "1000123", "UKPRN must be 8 digits starting with 1, like 10003456")]
    [InlineData("Ukprn", "1000123X", "UKPRN must be 8 digits starting with 1, like 10003456")]
    [InlineData("CareersLeaderEmail", "priya@", "Enter an e-mail address in the correct format, like name@example.sch.uk")]
    public async Task EachField_IsCheckedOnTheServer_MessageBesideItAndInTheSummary_TypedKept_NothingSaved(string field, string value, string message)
    {
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var before = await fixture.WithDbAsync(db => db.Schools.CountAsync());
        var form = ValidSchool("Validation Test School");
        form[field] = value;

        var result = await admin.SubmitAsync("/admin/schools/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(message, result.FieldError(SendCareers.Web.TagHelpers.FieldContext.IdFromName(field)));
        Assert.Contains(message, result.ErrorSummary);
        if (field != "Kind")
        {
            Assert.Equal(value.Trim(), result.Document.QuerySelector($"input[name={field}]")?.GetAttribute("value") ?? "");
        }

        Assert.Equal("Priya Shah", result.Document.QuerySelector("input[name=CareersLeaderName]")?.GetAttribute("value"));
        Assert.Equal(before, await fixture.WithDbAsync(db => db.Schools.CountAsync()));
    }

    [Fact]
    public async Task AddAndChange_SaveTheDetails_NormaliseThem_AndAreAudited()
    {
        await using var app = new SendCareersApp();
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var form = ValidSchool();
        form["Urn"] = "107 565";
        form["Ukprn"] = "10003456";

        var added = await admin.SubmitAsync("/admin/schools/new", form);

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var list = await admin.GetAsync(added.Location!);
        Assert.Contains("Oak Hill School has been added.", list.Text, StringComparison.Ordinal);
        Assert.Contains("Mainstream school with a resource base", list.Document.QuerySelector("[data-testid=open-schools]")!.TextContent, StringComparison.Ordinal);
        var school = await app.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Name == "Oak Hill School"));
        Assert.Equal(("WF1 2AB", "WF1", "107565", "10003456", SchoolKind.MainstreamWithResourceBase), (school.Postcode, school.OutwardCode, school.Urn, school.Ukprn, school.Kind));

        var duplicate = await admin.SubmitAsync("/admin/schools/new", ValidSchool("oak hill school"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Equal("There is already a school or college called oak hill school", duplicate.FieldError("name"));
        var sameUrn = ValidSchool("Another School");
        sameUrn["Urn"] = "107565";
        Assert.Equal("Another school or college already has URN 107565", (await admin.SubmitAsync("/admin/schools/new", sameUrn)).FieldError("urn"));

        var changed = await admin.SubmitAsync($"/admin/schools/{school.Id}", new Dictionary<string, object?> { ["LocalAuthority"] = "Kirklees", ["CareersLeaderName"] = "Sam Okafor" });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Equal("Kirklees", await app.WithDbAsync(db => db.Schools.Where(s => s.Id == school.Id).Select(s => s.LocalAuthority).SingleAsync()));

        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectType == AuditTrail.School && a.SubjectId == school.Id.ToString()).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Added a school or college", "Changed a school or college"], audit.Select(a => a.Action));
        Assert.Equal("Oak Hill School: changed local authority, Careers Leader's name", audit[1].Detail);
        Assert.All(audit, a => Assert.NotNull(a.UserId));
    }

    [Fact]
    public async Task Closing_KeepsItsHistory_AndTakesItOutOfEveryPickList_UntilReopened()
    {
        await using var app = new SendCareersApp();
        var (schoolId, personId, schoolName) = await app.WithDbAsync(async db =>
        {
            var coach = await db.Users.SingleAsync(u => u.Email == "coach@sendcareers.test");
            var person = await db.YoungPeople.Where(p => p.SchoolId == coach.SchoolId).OrderBy(p => p.Id).FirstAsync();
            var name = await db.Schools.Where(s => s.Id == coach.SchoolId).Select(s => s.Name).SingleAsync();
            return (coach.SchoolId!.Value, person.Id, name);
        });
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Contains(schoolId.ToString(), await SchoolChoicesAsync(admin, "/coach/young-people/new"));

        var closed = await admin.SubmitAsync($"/admin/schools/{schoolId}/close", new Dictionary<string, object?>());

        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        var list = await admin.GetAsync(closed.Location!);
        Assert.Contains($"{schoolName} has been closed.", list.Text, StringComparison.Ordinal);
        Assert.Contains(schoolName, list.Document.QuerySelector("[data-testid=closed-schools]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(schoolName, list.Document.QuerySelector("[data-testid=open-schools]")!.TextContent, StringComparison.Ordinal);

        // Not offered when adding a young person, and refused if posted anyway.
        Assert.DoesNotContain(schoolId.ToString(), await SchoolChoicesAsync(admin, "/coach/young-people/new"));
        var page = await admin.GetAsync("/coach/young-people/new");
        var values = FormClient.ValuesOf(page.FindForm(null)!, ["Input.SchoolId"]);
        values.Add(new("Input.SchoolId", schoolId.ToString()));
        values.Add(new("Input.PreferredName", "Closed School Pupil"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/coach/young-people/new", values)).Status);
        Assert.False(await app.WithDbAsync(db => db.YoungPeople.AnyAsync(p => p.PreferredName == "Closed School Pupil")));

        // Its history stays: the young person's record and reports (where it has data, marked closed).
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/coach/young-people/{personId}")).Status);
        Assert.Contains(schoolId.ToString(), await SchoolChoicesAsync(admin, $"/coach/young-people/{personId}/edit"));
        var reports = await admin.GetAsync("/admin/reports");
        Assert.Contains($"{schoolName} (closed)", reports.Document.QuerySelector("select#school")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(schoolName, (await admin.GetAsync($"/admin/reports?school={schoolId}")).H1, StringComparison.Ordinal);
        using var coach = app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync("/coach/young-people")).Status);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/young-people/{personId}")).Status);

        var reopened = await admin.SubmitAsync($"/admin/schools/{schoolId}/close", new Dictionary<string, object?>());
        Assert.Equal(HttpStatusCode.Redirect, reopened.Status);
        Assert.Contains(schoolId.ToString(), await SchoolChoicesAsync(admin, "/coach/young-people/new"));
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectType == AuditTrail.School && a.SubjectId == schoolId.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Closed a school or college", "Reopened a school or college"], audit);
    }

    [Fact]
    public async Task ClosedSchoolWithoutYoungPeople_IsLeftOutOfTheReportsList()
    {
        await using var app = new SendCareersApp();
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var added = await admin.SubmitAsync("/admin/schools/new", ValidSchool("Empty Closed School"));
        var id = await app.WithDbAsync(db => db.Schools.Where(s => s.Name == "Empty Closed School").Select(s => s.Id).SingleAsync());
        Assert.Contains("Empty Closed School", (await admin.GetAsync("/admin/reports")).Document.QuerySelector("select#school")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/schools/{id}/close", new Dictionary<string, object?>())).Status);

        Assert.DoesNotContain("Empty Closed School", (await admin.GetAsync("/admin/reports")).Document.QuerySelector("select#school")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSchool_IsNotFound_AndCoachesCannotCloseOne()
    {
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/schools/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/schools/999999/close")).Status);

        var schoolId = await fixture.WithDbAsync(db => db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostAsync($"/admin/schools/{schoolId}/close", [])).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostAsync($"/admin/schools/{schoolId}", [new("Name", "Renamed by a coach")])).Status);
        Assert.True(await fixture.WithDbAsync(db => db.Schools.Where(s => s.Id == schoolId).Select(s => s.ClosedAtUtc == null && s.Name != "Renamed by a coach").SingleAsync()));
    }

    /// <summary>The school ids offered as radio buttons (or the single fixed one) on a young person's form.</summary>
    private static async Task<List<string>> SchoolChoicesAsync(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("input[name='Input.SchoolId']").Select(i => i.GetAttribute("value") ?? "").ToList();
    }
}
