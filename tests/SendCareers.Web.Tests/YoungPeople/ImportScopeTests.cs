using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.YoungPeople.ImportWorld;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// A job coach imports only into their own school or college, whatever the form says; an upload not yet
/// confirmed is seen only by who uploaded it, and a confirmed one only by its school's coaches and the
/// hub administrators.
/// </summary>
public sealed class ImportScopeTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ACoachPostingAnotherSchoolsId_StillImportsIntoTheirOwn()
    {
        var own = await SchoolOfAsync(_app, "coach@sendcareers.test");
        var other = await SchoolOfAsync(_app, "coach.hollin@sendcareers.test");
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var uploadPage = await coach.GetAsync("/coach/young-people/import");
        Assert.Contains("Brookfield Lane School", uploadPage.Text, StringComparison.Ordinal);

        var previewUrl = await UploadToPreviewAsync(_app, coach, "pupils.csv", School(2), schoolId: other.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ConfirmAsync(coach, previewUrl);
        var schools = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Upn == Upn(1) || p.Upn == Upn(2)).Select(p => p.SchoolId).ToListAsync());
        Assert.Equal([own, own], schools);
        Assert.Equal(own, await _app.WithDbAsync(db => db.YoungPeopleImports.Select(i => i.SchoolId).SingleAsync()));
    }

    [Fact]
    public async Task AnotherSchoolsCoach_CannotSeeChooseConfirmOrUndo()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        using var stranger = _app.CreateFormClient();
        await stranger.SignInAsync("coach.hollin@sendcareers.test");
        var token = (await stranger.GetAsync("/coach/young-people/import")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        List<KeyValuePair<string, string>> form = [new("__RequestVerificationToken", token)];

        var uploaded = await UploadAsync(coach, "pupils.csv", School(2));
        var columnsUrl = uploaded.Location!;
        var previewUrl = columnsUrl.Replace("/columns", "/preview", StringComparison.Ordinal);
        var detailsUrl = columnsUrl.Replace("/columns", "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(columnsUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync(columnsUrl, [.. form, new("Columns[LegalFirstName]", "Legal Forename")])).Status);
        Assert.Null(await _app.WithDbAsync(db => db.YoungPeopleImports.Select(i => i.MappingJson).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync(columnsUrl, new Dictionary<string, object?>())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(previewUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync(previewUrl, form)).Status);
        Assert.Equal(0, await _app.WithDbAsync(db => db.YoungPeople.CountAsync(p => p.Upn == Upn(1))));

        await ConfirmAsync(coach, previewUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(detailsUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"{detailsUrl}?handler=Undo", form)).Status);
        Assert.Equal(1, await _app.WithDbAsync(db => db.YoungPeople.CountAsync(p => p.Upn == Upn(1))));
        Assert.DoesNotContain("pupils.csv", (await stranger.GetAsync("/coach/young-people/import")).Text, StringComparison.Ordinal);
        Assert.Contains("pupils.csv", (await coach.GetAsync("/coach/young-people/import")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHubAdministrator_ChoosesTheSchool_AndItsCoachSeesTheImport()
    {
        var hollin = await SchoolOfAsync(_app, "coach.hollin@sendcareers.test");
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var noSchool = await UploadAsync(admin, "pupils.csv", School(1), schoolId: "");
        Assert.Equal(HttpStatusCode.BadRequest, noSchool.Status);
        Assert.Equal(["Select the school or college these young people are at"], noSchool.ErrorSummary);

        var detailsUrl = await ConfirmAsync(admin, await UploadToPreviewAsync(_app, admin, "hollin.csv", School(1), schoolId: hollin.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(hollin, await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Upn == Upn(1)).Select(p => p.SchoolId).SingleAsync()));
        using var hollinCoach = _app.CreateFormClient();
        await hollinCoach.SignInAsync("coach.hollin@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await hollinCoach.GetAsync(detailsUrl)).Status);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(detailsUrl)).Status);
    }
}
