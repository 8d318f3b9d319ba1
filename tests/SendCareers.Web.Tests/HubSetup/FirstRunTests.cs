using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.HubSetup;

/// <summary>
/// Day one: the app started in Production on an empty database with only the bootstrap settings. The
/// first administrator signs in, sees the set-up checklist, fills in the hub and adds a school, without
/// touching a file or the database; the checklist follows.
/// </summary>
public sealed class FirstRunTests
{
    private const string AdminEmail = "first.admin@hub.example.org";
    private const string AdminPassword = "a long first password";

    public static SendCareersApp EmptyProductionApp() => new SendCareersApp()
        .WithEnvironment("Production")
        .WithoutDemoData()
        .Set("Bootstrap:AdminEmail", AdminEmail)
        .Set("Bootstrap:AdminPassword", AdminPassword);

    [Fact]
    public async Task BootstrapAdministrator_SetsUpTheHub_AndTheChecklistFollows()
    {
        await using var app = EmptyProductionApp();
        using var admin = app.CreateFormClient();
        await admin.SignInAsync(AdminEmail, AdminPassword);

        var dashboard = await admin.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Equal(["hub", "school", "coach", "employer"], ChecklistTodo(dashboard));
        Assert.Equal("/admin/hub", Link(dashboard, "hub"));
        Assert.Equal("/admin/schools/new", Link(dashboard, "school"));
        Assert.Equal("/admin/accounts/invite", Link(dashboard, "coach"));
        Assert.Equal("/admin/employers?status=AwaitingApproval", Link(dashboard, "employer"));

        // Every page on the way works on an empty database.
        foreach (var url in new[] { "/admin/hub", "/admin/schools", "/admin/schools/new", "/admin/accounts", "/admin/employers", "/admin/reports", "/admin/retention", "/coach/young-people" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).Status);
        }

        var hub = await admin.SubmitAsync("/admin/hub", new Dictionary<string, object?>
        {
            ["Name"] = "West Riding SEND Careers Hub",
            ["ContactEmail"] = "careers.hub@westriding.example.org",
            ["ContactPhone"] = "01924 496000",
        });
        Assert.Equal(HttpStatusCode.Redirect, hub.Status);
        Assert.Equal(["school", "coach", "employer"], ChecklistTodo(await admin.GetAsync("/admin")));

        foreach (var (name, postcode, urn, ukprn, kind) in new[]
        {
            ("Calder Valley Special School", "HX1 1AA", "107565", "", "SpecialSchool"),
            ("Wakefield College", "WF1 2DH", "", "10007289", "FurtherEducationCollege"),
        })
        {
            var added = await admin.SubmitAsync("/admin/schools/new", new Dictionary<string, object?>
            {
                ["Name"] = name, ["Kind"] = kind, ["LocalAuthority"] = "Calderdale", ["Postcode"] = postcode, ["Urn"] = urn, ["Ukprn"] = ukprn,
            });
            Assert.True(added.Status == HttpStatusCode.Redirect, string.Join("; ", added.ErrorSummary));
        }

        var after = await admin.GetAsync("/admin");
        Assert.Equal(["coach", "employer"], ChecklistTodo(after));
        Assert.Contains("West Riding SEND Careers Hub", after.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/schools", Link(after, "school"));
        Assert.Equal(2, await app.WithDbAsync(db => db.Schools.CountAsync(s => s.ClosedAtUtc == null)));
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectType == AuditTrail.Hub || a.SubjectType == AuditTrail.School).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Changed the hub settings", "Added a school or college", "Added a school or college"], actions);

        // The new schools are offered when adding a young person.
        var form = await admin.GetAsync("/coach/young-people/new");
        Assert.Equal(2, form.Document.QuerySelectorAll("input[name='Input.SchoolId']").Length);
    }

    [Fact]
    public async Task Checklist_GoesAway_WhenEveryStepIsDone()
    {
        await using var app = new SendCareersApp();
        using var admin = app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        Assert.Null((await admin.GetAsync("/admin")).Document.QuerySelector("[data-testid=first-run-checklist]"));
    }

    internal static List<string> ChecklistTodo(FormClient.PageResult page) =>
        page.Document.QuerySelectorAll("[data-testid^=checklist-]")
            .Where(item => item.QuerySelector(".govuk-tag") is not null)
            .Select(item => item.GetAttribute("data-testid")!["checklist-".Length..])
            .ToList();

    private static string? Link(FormClient.PageResult page, string item) =>
        page.Document.QuerySelector($"[data-testid=checklist-{item}] a")?.GetAttribute("href");
}
