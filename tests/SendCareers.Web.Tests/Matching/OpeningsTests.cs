using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Matching;

/// <summary>Openings published by coaches and by employers, checked against the rules of the field.</summary>
public sealed class OpeningsTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    internal static Dictionary<string, object?> Valid(string kind = nameof(OpeningKind.WorkExperience)) => new()
    {
        ["Input.Kind"] = kind,
        ["Input.Title"] = "Helping in the stock room",
        ["Input.Sector"] = nameof(Sector.Retail),
        ["Input.Tasks"] = "Putting stock on shelves\nChecking dates",
        ["Input.Postcode"] = "ls1 4ap",
        ["Input.Days"] = new[] { nameof(WeekDays.Tuesday), nameof(WeekDays.Thursday) },
        ["Input.HoursPerWeek"] = "10",
        ["Input.StartsOn.Day"] = "1",
        ["Input.StartsOn.Month"] = "2",
        ["Input.StartsOn.Year"] = "2027",
        ["Input.EndsOn.Day"] = "12",
        ["Input.EndsOn.Month"] = "2",
        ["Input.EndsOn.Year"] = "2027",
        ["Input.StartTime"] = "9:30",
        ["Input.EndTime"] = "14:00",
        ["Input.Places"] = "2",
        ["Input.SupportOffered"] = new[] { nameof(SupportFeature.QuietSpace) },
        ["Input.EhcpRequired"] = "no",
        ["Input.HasContract"] = "no",
        ["Input.Status"] = nameof(OpeningStatus.Open),
    };

    [Fact]
    public async Task Coach_AddsAnOpeningForAnEmployer_AndItIsMatchedAndShown()
    {
        var employerId = await _app.WithDbAsync(db => db.Employers.Where(e => e.Status == EmployerStatus.Approved).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var fields = Valid();
        fields["Input.EmployerId"] = employerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await coach.SubmitAsync("/coach/openings/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var opening = await _app.WithDbAsync(db => db.Openings.SingleAsync(o => o.Title == "Helping in the stock room"));
        Assert.Equal(employerId, opening.EmployerId);
        Assert.Equal("LS1 4AP", opening.Postcode);
        Assert.Equal("LS1", opening.OutwardCode);
        Assert.Equal(WeekDays.Tuesday | WeekDays.Thursday, opening.Days);
        Assert.Equal(new TimeOnly(9, 30), opening.StartTime);
        Assert.Equal(new DateOnly(2027, 2, 12), opening.EndsOn);

        var page = await coach.GetAsync(saved.Location!);
        Assert.Equal("Helping in the stock room", page.H1);
        Assert.Contains("1 February 2027 to 12 February 2027, 09:30 to 14:00", page.Text, StringComparison.Ordinal);
        Assert.Contains("Young people who fit best", page.Text, StringComparison.Ordinal);
        Assert.Contains("Helping in the stock room", (await coach.GetAsync("/coach/openings")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesOfTheField_AreExplainedInPlainWords_AndNothingIsSaved()
    {
        var before = await _app.WithDbAsync(db => db.Openings.CountAsync());
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");

        var traineeship = Valid();
        traineeship["Input.Title"] = "Retail traineeship";
        var t = await employer.SubmitAsync("/my-organisation/openings/new", traineeship);
        Assert.Equal(HttpStatusCode.BadRequest, t.Status);
        Assert.Contains(t.ErrorSummary, m => m.StartsWith("Traineeships no longer exist", StringComparison.Ordinal));
        Assert.Equal("Retail traineeship", t.Document.GetElementById("title")?.GetAttribute("value"));

        var forgedKind = Valid("Traineeship");
        Assert.Contains((await employer.SubmitAsync("/my-organisation/openings/new", forgedKind)).ErrorSummary, m => m.StartsWith("Traineeships no longer exist", StringComparison.Ordinal));

        var internship = Valid(nameof(OpeningKind.SupportedInternship));
        internship["Input.MinimumAge"] = "14";
        internship["Input.MaximumAge"] = "25";
        internship["Input.EhcpRequired"] = "no";
        internship["Input.EndsOn.Month"] = "5"; // 1 Feb to 12 May: 3 months
        var i = await employer.SubmitAsync("/my-organisation/openings/new", internship);
        Assert.Contains("A supported internship is for ages 16 to 24: enter a youngest age of 16 or more", i.ErrorSummary);
        Assert.Contains("A supported internship is for ages 16 to 24: enter an oldest age of 24 or less", i.ErrorSummary);
        Assert.Contains("A supported internship is for young people with an EHCP: select yes", i.ErrorSummary);
        Assert.Contains("A supported internship lasts at least 6 months; these dates give 3 months", i.ErrorSummary);

        var job = Valid(nameof(OpeningKind.Apprenticeship));
        job["Input.HoursPerWeek"] = "12";
        var j = await employer.SubmitAsync("/my-organisation/openings/new", job);
        Assert.Contains("Paid employment means at least 16 hours a week: enter 16 or more", j.ErrorSummary);
        Assert.Contains("Paid employment comes with a contract of employment: select yes, or choose another kind of opening", j.ErrorSummary);

        var nonsense = Valid();
        nonsense["Input.Places"] = "0";
        nonsense["Input.HoursPerWeek"] = "-3";
        nonsense["Input.EndsOn.Year"] = "2026";
        nonsense["Input.EndTime"] = "08:00";
        nonsense["Input.Postcode"] = "10115 Berlin";
        nonsense["Input.Title"] = "";
        var n = await employer.SubmitAsync("/my-organisation/openings/new", nonsense);
        Assert.Equal(
            [
                "Enter a title, like \"Kitchen assistant\" or \"Talk about working in a hospital\"",
                "Enter a full UK postcode, like LS1 4AP",
                "Hours a week cannot be negative",
                "End date must be the same as or after the start date",
                "End time must be after the start time",
                "Places must be a whole number from 1 to 100",
            ],
            n.ErrorSummary);
        Assert.Equal("Places must be a whole number from 1 to 100", n.FieldError("places"));

        var valid = Valid(nameof(OpeningKind.SupportedInternship));
        valid["Input.MinimumAge"] = "16";
        valid["Input.MaximumAge"] = "24";
        valid["Input.EhcpRequired"] = "yes";
        valid["Input.EndsOn.Year"] = "2028";
        Assert.Equal(HttpStatusCode.Redirect, (await employer.SubmitAsync("/my-organisation/openings/new", valid)).Status);
        Assert.Equal(before + 1, await _app.WithDbAsync(db => db.Openings.CountAsync()));
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task Employer_SeesAndChangesOnlyTheirOwnOpenings()
    {
        var (ownId, ownIds, otherId, otherTitle) = await _app.WithDbAsync(async db =>
        {
            var me = await db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync();
            var own = await db.Openings.Where(o => o.EmployerId == me).Select(o => o.Id).ToListAsync();
            var other = await db.Openings.Where(o => o.EmployerId != me).Select(o => new { o.Id, o.Title }).FirstAsync();
            return (me, own, other.Id, other.Title);
        });

        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var list = await employer.GetAsync("/my-organisation/openings");
        var links = list.Document.QuerySelectorAll("a[href$='/edit']").Select(a => a.GetAttribute("href")).Where(h => h!.StartsWith("/my-organisation/openings/", StringComparison.Ordinal)).ToList();
        Assert.Equal(ownIds.Count, links.Count);

        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/my-organisation/openings/{otherId}/edit")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await employer.GetAsync("/coach/openings")).Status);

        // Posting another employer's id does not move the opening to them.
        var fields = Valid();
        fields["Input.EmployerId"] = "1";
        fields["Input.Title"] = "Mock interviews for leavers";
        Assert.Equal(HttpStatusCode.Redirect, (await employer.SubmitAsync("/my-organisation/openings/new", fields)).Status);
        Assert.Equal(ownId, await _app.WithDbAsync(db => db.Openings.Where(o => o.Title == "Mock interviews for leavers").Select(o => o.EmployerId).SingleAsync()));

        // Changing one of their own keeps it theirs; someone else's is untouched.
        if (ownIds.Count > 0)
        {
            var change = await employer.SubmitAsync($"/my-organisation/openings/{ownIds[0]}/edit", new Dictionary<string, object?> { ["Input.Places"] = "3" });
            Assert.Equal(HttpStatusCode.Redirect, change.Status);
            Assert.Equal(3, await _app.WithDbAsync(db => db.Openings.Where(o => o.Id == ownIds[0]).Select(o => o.Places).SingleAsync()));
        }

        Assert.Equal(otherTitle, await _app.WithDbAsync(db => db.Openings.Where(o => o.Id == otherId).Select(o => o.Title).SingleAsync()));
    }
}
