using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Ndti;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Evidence;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reports;

/// <summary>The evidence dashboards, careers record, hub reports, NDTi page and CSV downloads on the demo hub's three years of data.</summary>
public sealed partial class ReportsPageTests(ReportsPageTests.AppFixture fixture) : IClassFixture<ReportsPageTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    private async Task<FormClient> SignedInAsync(string email)
    {
        var client = fixture.CreateFormClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<(int OwnSchool, List<int> Own, List<int> Others)> PeopleAsync() => fixture.WithDbAsync(async db =>
    {
        var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId!.Value).SingleAsync();
        var own = await db.YoungPeople.Where(p => p.SchoolId == school).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var others = await db.YoungPeople.Where(p => p.SchoolId != school).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        return (school, own, others);
    });

    [Fact]
    public async Task CoachDashboard_ShowsRealGaps_WithOneClickToMatching_AndOnlyTheirSchool()
    {
        using var coach = await SignedInAsync("coach@sendcareers.test");
        var (_, own, others) = await PeopleAsync();

        var page = await coach.GetAsync("/coach/evidence");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("[data-testid=caseload-evidence] tbody tr");
        Assert.Equal(own.Count, rows.Length);
        var links = page.Document.QuerySelectorAll("a[href$='/matches']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Contains(own, id => href == $"/coach/young-people/{id}/matches"));
        Assert.DoesNotContain(links, href => others.Any(id => href == $"/coach/young-people/{id}/matches"));
        Assert.Contains("Fewer than 4 encounters with employers", page.Text, StringComparison.Ordinal);
        var fewer = page.Document.GetElementById("gap-FewerThanFourEncounters")!.TextContent;
        Assert.DoesNotContain("(0)", fewer, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("svg[role=img] title"));

        // SVG text does not wrap: long labels are split into lines short enough for the drawing, none lost.
        var labels = page.Document.QuerySelectorAll("svg[role=img] .sc-chart__label").ToList();
        Assert.Contains(labels, l => string.Join(" ", l.QuerySelectorAll("tspan").Select(t => t.TextContent)) == "Fewer than 2 experiences of workplaces by 18");
        Assert.All(labels.SelectMany(l => l.QuerySelectorAll("tspan")), t => Assert.InRange(t.TextContent.Length, 1, Evidence.BarChart.MostLabelCharacters));
    }

    [Fact]
    public async Task CareersRecord_SpeaksPlainly_AndIsOnlyForTheirOwnSchool()
    {
        using var coach = await SignedInAsync("coach@sendcareers.test");
        var (_, own, others) = await PeopleAsync();

        // Someone who has met an employer, so the timeline has entries to label.
        var met = await fixture.WithDbAsync(db => db.EncounterAttendees
            .Where(a => own.Contains(a.YoungPersonId) && a.Attendance == SendCareers.Domain.Placements.Encounters.AttendanceMark.Attended)
            .OrderBy(a => a.YoungPersonId).Select(a => a.YoungPersonId).FirstAsync());
        var record = await coach.GetAsync($"/coach/young-people/{met}/careers-record");
        Assert.Equal(HttpStatusCode.OK, record.Status);
        var words = record.Document.QuerySelector("[data-testid=plain-words]")!.TextContent;
        Assert.Matches(@"You have met \d+ employers? this year", words);
        Assert.Contains("Benchmark", record.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/young-people/{others[0]}/careers-record")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/young-people/{others[0]}/reviews/new")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/young-people/{others[0]}/destinations/new")).Status);
        using var admin = await SignedInAsync("admin@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/coach/young-people/{others[0]}/careers-record")).Status);
    }

    [Fact]
    public async Task Employers_SeeNoneOfTheReports()
    {
        using var employer = await SignedInAsync("employer@sendcareers.test");
        foreach (var url in new[] { "/coach/evidence", "/coach/evidence/export/encounters", "/admin/reports", "/admin/reports/ndti", "/admin/reports/export/employers", "/admin/safeguarding" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync(url)).Status);
        }

        using var coach = await SignedInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("/admin/reports")).Status);
    }

    [Fact]
    public async Task HubReports_DrawAccessibleCharts_WithTables_ForTheHubAndOneSchool()
    {
        using var admin = await SignedInAsync("admin@sendcareers.test");
        var (school, _, _) = await PeopleAsync();

        var hub = await admin.GetAsync("/admin/reports");
        Assert.Equal(HttpStatusCode.OK, hub.Status);
        var charts = hub.Document.QuerySelectorAll("svg[role=img]");
        Assert.Equal(3, charts.Length);
        Assert.All(charts, svg =>
        {
            var labelled = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(labelled, id => Assert.False(string.IsNullOrWhiteSpace(hub.Document.GetElementById(id)?.TextContent)));
        });
        Assert.Contains("Whole hub", hub.Text, StringComparison.Ordinal);
        Assert.Contains("Kirkgate Community Hospital", hub.Text, StringComparison.Ordinal);
        Assert.NotNull(hub.Document.QuerySelector(".sc-table-wrapper[role=region][tabindex='0'][aria-label] table"));

        var one = await admin.GetAsync($"/admin/reports?school={school}");
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.DoesNotContain("Whole hub</th>", one.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/reports?school=999999")).Status);
    }

    [Fact]
    public async Task NdtiPage_FillsItself_AndItsCsvMatchesTheTable()
    {
        using var admin = await SignedInAsync("admin@sendcareers.test");

        var page = await admin.GetAsync("/admin/reports/ndti");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var table = page.Document.QuerySelector("[data-testid=ndti-section-1]")!;
        Assert.Equal(NdtiSection1Calculator.Years, table.QuerySelectorAll("thead th").Length - 1);
        Assert.Contains("Young people get jobs beyond catering, cleaning and gardening", page.Text, StringComparison.Ordinal);

        var csv = await admin.Http.GetByteArrayAsync("/admin/reports/ndti?handler=Csv");
        Assert.True(CsvReader.HasBom(csv));
        var rows = CsvReader.Parse(csv);
        Assert.Equal("Measure", rows[0][0]);
        var htmlRows = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(htmlRows, rows.Skip(1).ToList());
        var cohort = rows.Single(r => r[0] == NdtiSection1Calculator.Cohort);
        Assert.True(int.Parse(cohort[^1], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Theory]
    [InlineData("encounters")]
    [InlineData("employers")]
    [InlineData("placements")]
    [InlineData("debriefs")]
    public async Task AdminCsv_ParsesBack_WithBomHeaderAndIsoDates(string name)
    {
        using var admin = await SignedInAsync("admin@sendcareers.test");

        using var response = await admin.Http.GetAsync($"/admin/reports/export/{name}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(CsvReader.HasBom(bytes));
        var rows = CsvReader.Parse(bytes);
        Assert.Equal(ExportColumns.All[name], rows[0]);
        Assert.True(rows.Count > 1, $"{name} has no rows");
        Assert.All(rows.Skip(1), r => Assert.Equal(rows[0].Count, r.Count));
        var dateColumns = rows[0].Select((h, i) => (h, i)).Where(c => c.h is "Date" or "Joined on" or "Proposed on" or "Submitted on").Select(c => c.i).ToList();
        Assert.NotEmpty(dateColumns);
        Assert.All(rows.Skip(1), r => Assert.All(dateColumns, i => Assert.Matches(IsoDate(), r[i])));
    }

    [Fact]
    public async Task CoachCsv_HoldsOnlyTheirOwnLearners()
    {
        using var coach = await SignedInAsync("coach@sendcareers.test");
        var (_, own, _) = await PeopleAsync();

        var encounters = CsvReader.Parse(await coach.Http.GetByteArrayAsync("/coach/evidence/export/encounters"));
        Assert.True(encounters.Count > 1);
        Assert.All(encounters.Skip(1), r => Assert.Contains(int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), own));
        Assert.Contains(encounters.Skip(1), r => r[8] == "5");
        Assert.Contains(encounters.Skip(1), r => r[8] == "6");
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync("/coach/evidence/export/employers")).Status);
    }

    [Fact]
    public void DocsListEveryColumnOfEveryExport()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "exports.md"));
        foreach (var (name, columns) in ExportColumns.All)
        {
            Assert.Contains("Columns: " + string.Join(", ", columns), docs, StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SendCareers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
