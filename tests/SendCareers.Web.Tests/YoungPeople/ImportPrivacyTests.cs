using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Web.Tests.Support;
using SendCareers.Web.YoungPeople;
using static SendCareers.Web.Tests.Placements.PlacementWorld;
using static SendCareers.Web.Tests.YoungPeople.ImportWorld;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// Legal names and UPNs are for staff: an employer's pages and e-mails use the preferred first name only.
/// Erasing someone removes them, also from what an import keeps for undo; imports forget the file a day on.
/// </summary>
public sealed class ImportPrivacyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp).WithClock(Monday);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task TheEmployer_SeesOnlyThePreferredFirstName_OnThePlacementPage_AndInTheBriefing()
    {
        var seeded = await SeedAsync(_app, PlacementState.Proposed);
        await _app.WithDbAsync(async db =>
        {
            var person = await db.YoungPeople.SingleAsync(p => p.Id == seeded.YoungPersonId);
            person.PreferredName = "Sunny Day";
            person.LegalFirstName = "Bartholomew";
            person.LegalSurname = "Quigglesworth";
            person.Upn = Upn(77);
            await db.SaveChangesAsync();
        });
        string[] secrets = ["Bartholomew", "Quigglesworth", Upn(77), "Sunny Day"];

        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        foreach (var url in new[] { "/my-organisation/placements", $"/my-organisation/placements/{seeded.PlacementId}" })
        {
            var page = await employer.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Sunny", page.Text, StringComparison.Ordinal);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, page.Html, StringComparison.Ordinal));
        }

        var accepted = await employer.SubmitAsync($"/my-organisation/placements/{seeded.PlacementId}",
            new Dictionary<string, object?> { ["SupervisorName"] = "Sam Supervisor", ["SupervisorEmail"] = SupervisorEmail },
            action: $"/my-organisation/placements/{seeded.PlacementId}?handler=Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var confirmed = await coach.SubmitAsync($"/coach/placements/{seeded.PlacementId}/confirm", new Dictionary<string, object?>
        {
            ["StartDate.Day"] = "1", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["EndDate.Day"] = "4", ["EndDate.Month"] = "12", ["EndDate.Year"] = "2026",
            ["SupervisorEmail"] = SupervisorEmail,
            ["TravelPlan"] = "Bus 42",
        });
        Assert.True(confirmed.Status == HttpStatusCode.Redirect, string.Join("; ", confirmed.ErrorSummary));

        // The coach's own page names them in full, so two pupils called Sunny can be told apart.
        Assert.Contains("Quigglesworth", (await coach.GetAsync("/coach/young-people")).Text, StringComparison.Ordinal);

        _app.Clock!.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(31));
        Assert.True(await DispatchAsync(_app) >= 2);
        var briefings = await _smtp.WaitForAsync(m => To(m) is "employer@sendcareers.test" or SupervisorEmail, count: 2);
        foreach (var message in briefings)
        {
            Assert.Contains("Sunny", message.TextBody, StringComparison.Ordinal);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, message.TextBody + message.HtmlBody + message.Subject, StringComparison.Ordinal));
        }

        var employerPage = await employer.GetAsync($"/my-organisation/placements/{seeded.PlacementId}");
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, employerPage.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erasure_RemovesLegalNamesAndUpn_AlsoFromWhatImportsKeep()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        await ConfirmAsync(coach, await UploadToPreviewAsync(_app, coach, "pupils.csv", Utf8(Header, $"{Upn(5)},Quigglesworth,Bartholomew,Bart,01/02/2011,Year 10,E,LS7 3QB")));
        var id = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Upn == Upn(5)).Select(p => p.Id).SingleAsync());
        // Changed by a second file (kept for undo), and a third upload waiting to be confirmed.
        await ConfirmAsync(coach, await UploadToPreviewAsync(_app, coach, "pupils2.csv", Utf8(Header, $"{Upn(5)},Quigglesworth,Bartholomew,Bart,01/02/2011,Year 10,E,LS6 1AA")));
        await UploadToPreviewAsync(_app, coach, "pupils3.csv", Utf8(Header, $"{Upn(5)},Quigglesworth,Bartholomew,Bart,01/02/2011,Year 10,E,LS6 1AA"));
        Assert.Contains(await _app.WithDbAsync(db => db.YoungPeopleImports.Select(i => (i.UndoJson ?? "") + (i.RowsJson ?? "")).ToListAsync()), j => j.Contains("LS7 3QB", StringComparison.Ordinal));

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var export = await admin.GetAsync($"/admin/young-people/{id}/data");
        Assert.Contains("Quigglesworth", export.Text, StringComparison.Ordinal);
        Assert.Contains(Upn(5), export.Text, StringComparison.Ordinal);
        var erased = await admin.SubmitAsync($"/admin/young-people/{id}/data", new Dictionary<string, object?> { ["Confirm"] = "yes" }, action: $"/admin/young-people/{id}/data?handler=erase");
        Assert.Equal(HttpStatusCode.Redirect, erased.Status);

        var person = await _app.WithDbAsync(db => db.YoungPeople.SingleAsync(p => p.Id == id));
        Assert.Equal((null, null, null), (person.LegalFirstName, person.LegalSurname, person.Upn));
        var kept = await _app.WithDbAsync(db => db.YoungPeopleImports.Select(i => new { i.State, i.UndoJson, i.RowsJson }).ToListAsync());
        Assert.Equal(2, kept.Count); // the unconfirmed upload is gone
        Assert.All(kept, i => Assert.Null(i.RowsJson));
        Assert.All(kept, i => Assert.DoesNotContain("LS7 3QB", i.UndoJson ?? "", StringComparison.Ordinal));
        Assert.All(kept, i => Assert.DoesNotContain($"\"Id\":{id}", i.UndoJson ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADayOn_ImportsForgetTheFile_AndWhatUndoNeeded()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        await ConfirmAsync(coach, await UploadToPreviewAsync(_app, coach, "pupils.csv", School(2)));
        await UploadToPreviewAsync(_app, coach, "waiting.csv", School(2, firstSerial: 50));

        _app.Clock!.Advance(TimeSpan.FromHours(25));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SendCareers.Web.Retention.RetentionJob>().EraseDueAsync(CancellationToken.None);
        }

        var left = await _app.WithDbAsync(db => db.YoungPeopleImports.Select(i => new { i.FileName, i.UndoJson, i.RowsJson }).ToListAsync());
        var import = Assert.Single(left);
        Assert.Equal(("pupils.csv", null, null), (import.FileName, import.UndoJson, import.RowsJson));
    }
}
