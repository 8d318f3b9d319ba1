using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Ndti;
using SendCareers.Domain.People;
using SendCareers.Web.Tests.Reports;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// A young person's EHCP answer changed on the profile form: the change is kept with its date, the profile
/// lists it, and the NDTi table counts them only from the year it started. A wrong date is refused and saves nothing.
/// </summary>
public sealed partial class EhcpHistoryTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [GeneratedRegex(@"/coach/young-people/(\d+)")]
    private static partial Regex ProfileAddress();

    private static int AcademicYearNow => SchoolYear.AcademicYearStarting(DateOnly.FromDateTime(DateTime.UtcNow));

    [Fact]
    public async Task ChangingEhcp_WritesHistory_AndTheNdtiTableCountsThemOnlyFromThatYear()
    {
        var year = AcademicYearNow;
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        // 14 on 1 September four years ago and 18 this year: in the age range in all five years.
        var added = await coach.SubmitAsync("/coach/young-people/new", new Dictionary<string, object?>
        {
            ["Input.PreferredName"] = "Marta",
            ["Input.DateOfBirth.Day"] = "1",
            ["Input.DateOfBirth.Month"] = "1",
            ["Input.DateOfBirth.Year"] = (year - 18).ToString(CultureInfo.InvariantCulture),
            ["Input.HasEhcp"] = "no",
            ["Input.ConsentToShareSummary"] = "no",
        });
        Assert.True(added.Status == HttpStatusCode.Redirect, string.Join("; ", added.ErrorSummary));
        var id = int.Parse(ProfileAddress().Match(added.Location!).Groups[1].Value, CultureInfo.InvariantCulture);
        var before = await CohortRowAsync(admin);

        // Their EHCP started on 3 March last school year.
        var ehcpFrom = new DateOnly(year, 3, 3);
        var changed = await coach.SubmitAsync($"/coach/young-people/{id}/edit", new Dictionary<string, object?>
        {
            ["Input.HasEhcp"] = "yes",
            ["Input.EffectiveFrom.Day"] = "3",
            ["Input.EffectiveFrom.Month"] = "3",
            ["Input.EffectiveFrom.Year"] = year.ToString(CultureInfo.InvariantCulture),
        });
        Assert.True(changed.Status == HttpStatusCode.Redirect, string.Join("; ", changed.ErrorSummary));

        var coachId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.Id).SingleAsync());
        var rows = await _app.WithDbAsync(db => db.YoungPersonStatusChanges.Where(c => c.YoungPersonId == id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.False(rows[0].HasEhcp); // as added
        Assert.Null(rows[0].HadEhcpBefore);
        Assert.NotNull(rows[0].SchoolId);
        Assert.Equal(ehcpFrom, rows[1].EffectiveFrom);
        Assert.True(rows[1].HasEhcp);
        Assert.False(rows[1].HadEhcpBefore);
        Assert.Null(rows[1].SchoolId); // the school did not change
        Assert.Equal(coachId, rows[1].RecordedByUserId);
        Assert.Equal("Tom Ellery", rows[1].RecordedByName);

        var profile = await coach.GetAsync($"/coach/young-people/{id}");
        var history = profile.Document.QuerySelectorAll("[data-testid=status-history] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains($"EHCP from 3 March {year}", history);
        Assert.Contains(history, line => line.StartsWith("No EHCP when added on ", StringComparison.Ordinal));
        Assert.Contains(history, line => line.StartsWith("At Brookfield Lane School when added on ", StringComparison.Ordinal));

        // Counted in last school year (the EHCP started during it) and this one; not in the three before,
        // as they would have been by today's answer alone.
        var after = await CohortRowAsync(admin);
        Assert.Equal([0, 0, 0, 1, 1], after.Zip(before, (a, b) => a - b));
        var page = await admin.GetAsync("/admin/reports/ndti");
        var shown = page.Document.QuerySelectorAll("[data-testid=ndti-section-1] tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == NdtiSection1Calculator.Cohort)
            .QuerySelectorAll("td").Select(td => int.Parse(td.TextContent.Trim(), CultureInfo.InvariantCulture));
        Assert.Equal(after, shown);
        Assert.Contains("had an EHCP at any time in that year", page.Document.QuerySelector("[data-testid=ndti-counting-rule]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(_app.Errors.Entries);
    }

    [Theory]
    [InlineData("future", "Date of the change must be today or in the past")]
    [InlineData("before birth", "Date of the change must be on or after their date of birth")]
    [InlineData("31 2", "Date of the change must be a real date, like 3 3 2025")]
    [InlineData("no month", "Date of the change must include a month")]
    public async Task BadEffectiveDate_GetsTheMessage_KeepsTheAnswers_AndSavesNothing(string date, string message)
    {
        var (id, hadEhcp, dateOfBirth) = await _app.WithDbAsync(async db =>
        {
            var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            var person = await db.YoungPeople.Where(p => p.SchoolId == school).OrderByDescending(p => p.Id).FirstAsync();
            return (person.Id, person.HasEhcp, person.DateOfBirth);
        });
        var (day, month, typedYear) = date switch
        {
            "future" => ("1", "1", (DateTime.UtcNow.Year + 1).ToString(CultureInfo.InvariantCulture)),
            "before birth" => ("1", "1", (dateOfBirth.Year - 1).ToString(CultureInfo.InvariantCulture)),
            "31 2" => ("31", "2", "2025"),
            _ => ("3", "", "2025"),
        };
        var statusRows = await _app.WithDbAsync(db => db.YoungPersonStatusChanges.CountAsync());
        var profileChanges = await _app.WithDbAsync(db => db.ProfileChanges.CountAsync());
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var result = await coach.SubmitAsync($"/coach/young-people/{id}/edit", new Dictionary<string, object?>
        {
            ["Input.HasEhcp"] = hadEhcp ? "no" : "yes",
            ["Input.Aspirations"] = "To work in a bike shop",
            ["Input.EffectiveFrom.Day"] = day,
            ["Input.EffectiveFrom.Month"] = month,
            ["Input.EffectiveFrom.Year"] = typedYear,
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(message, result.FieldError("effective-from"));
        Assert.Equal("#effective-from", result.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(typedYear, result.Document.GetElementById("effective-from-year")!.GetAttribute("value"));
        Assert.Equal("To work in a bike shop", result.Document.GetElementById("aspirations")!.TextContent.Trim());
        Assert.NotNull(result.Document.QuerySelector($"input[name='Input.HasEhcp'][value='{(hadEhcp ? "no" : "yes")}'][checked]"));

        Assert.Equal(hadEhcp, await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == id).Select(p => p.HasEhcp).SingleAsync()));
        Assert.Equal(statusRows, await _app.WithDbAsync(db => db.YoungPersonStatusChanges.CountAsync()));
        Assert.Equal(profileChanges, await _app.WithDbAsync(db => db.ProfileChanges.CountAsync()));
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task EffectiveDate_IsNotAskedAbout_WhenNeitherEhcpNorSchoolChanged()
    {
        var id = await _app.WithDbAsync(async db =>
        {
            var school = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.SchoolId).SingleAsync();
            return await db.YoungPeople.Where(p => p.SchoolId == school).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
        });
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var result = await coach.SubmitAsync($"/coach/young-people/{id}/edit", new Dictionary<string, object?>
        {
            ["Input.Aspirations"] = "To work in a bike shop",
            ["Input.EffectiveFrom.Day"] = "",
            ["Input.EffectiveFrom.Month"] = "",
            ["Input.EffectiveFrom.Year"] = "",
        });

        Assert.True(result.Status == HttpStatusCode.Redirect, string.Join("; ", result.ErrorSummary));
        Assert.Equal(0, await _app.WithDbAsync(db => db.YoungPersonStatusChanges.CountAsync(c => c.YoungPersonId == id)));
    }

    private static async Task<int[]> CohortRowAsync(FormClient admin)
    {
        var csv = CsvReader.Parse(await admin.Http.GetByteArrayAsync("/admin/reports/ndti?handler=Csv"));
        return csv.Single(r => r[0] == NdtiSection1Calculator.Cohort).Skip(1).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
    }
}
