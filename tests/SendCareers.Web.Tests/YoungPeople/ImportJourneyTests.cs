using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using SendCareers.Web.YoungPeople.Import;
using static SendCareers.Web.Tests.YoungPeople.ImportWorld;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// A job coach imports their school's export: each row's outcome in the preview with its reason, nothing
/// saved until they confirm, then all of it in one go and audited; the same file again changes nothing;
/// undo within a day takes it back. Files of other kinds and encodings, and bad files, through the page.
/// </summary>
public sealed class ImportJourneyTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task<int> CountAsync() => _app.WithDbAsync(db => db.YoungPeople.CountAsync());

    [Fact]
    public async Task Preview_Confirm_SameFileAgain_AndUndo()
    {
        var school = await SchoolOfAsync(_app, "coach@sendcareers.test");
        // Two young people already on SendCareers, with their legal names from the school's records.
        var (known, same) = await _app.WithDbAsync(async db =>
        {
            var people = await db.YoungPeople.Where(p => p.SchoolId == school).OrderBy(p => p.Id).Take(2).ToListAsync();
            people[0].LegalFirstName = "Alfred";
            people[0].LegalSurname = "Hill";
            people[0].Upn = Upn(900);
            people[0].DateOfBirth = new DateOnly(2010, 3, 27);
            people[0].HomePostcode = "LS7 3QB";
            people[1].LegalFirstName = "Ruby";
            people[1].LegalSurname = "Moss";
            people[1].DateOfBirth = new DateOnly(2011, 1, 2);
            people[1].HomePostcode = null;
            await db.SaveChangesAsync();
            return (people[0], people[1]);
        });

        var file = Utf8(
            Header,
            $"{Upn(1)},Évans,Zoë,,14/02/2011,Year 10,E,LS9 7TF", // 2: new
            $"{Upn(900)},Hill,Alfred,,27/03/2010,Year 11,K,LS6 1AA", // 3: update, found by UPN: moved house
            $",Moss,Ruby,,02/01/2011,Year 10,,", // 4: unchanged, found by legal name and birthday
            $",Brown,Kai,,05/05/2012,Year 9,No,", // 5: new, without a UPN
            $"A{Upn(2)[1..]},Green,Tia,,01/01/2011,Year 10,,", // 6: wrong check letter (Upn(2) does not start with A)
            $",Green,Tom,,,Year 10,,", // 7: no date of birth
            $",=cmd|' /C calc'!A0,Max,,01/01/2011,Year 10,,", // 8: a formula
            $",Brown,Kai,,05/05/2012,Year 9,No,"); // 9: the same as row 5
        Assert.NotEqual('A', Upn(2)[0]);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var before = await CountAsync();
        var previewUrl = await UploadToPreviewAsync(_app, coach, "sims-export.csv", file);
        var preview = await coach.GetAsync(previewUrl);
        Assert.True(preview.Status == HttpStatusCode.OK, string.Join("\n", _app.Errors.Entries));
        var rows = Outcomes(preview);
        Assert.Equal("New", rows[2].Outcome);
        Assert.Equal("Update", rows[3].Outcome);
        Assert.Equal("Home postcode: LS7 3QB to LS6 1AA", rows[3].Details);
        Assert.Equal("Unchanged", rows[4].Outcome);
        Assert.Equal("New", rows[5].Outcome);
        Assert.Equal(("Refused", "UPN check letter does not match the digits: check it was copied correctly"), rows[6]);
        Assert.Equal(("Refused", "Date of birth is missing"), rows[7]);
        Assert.Equal(("Refused", "Legal surname: starts with “=”, which spreadsheets run as a formula"), rows[8]);
        Assert.Equal(("Refused", "Same legal name and date of birth as row 5: imported once only"), rows[9]);
        Assert.Contains("Zoë Évans", preview.Text, StringComparison.Ordinal);

        // Nothing is saved by uploading, choosing columns or looking at the preview.
        Assert.Equal(before, await CountAsync());
        Assert.Equal("LS7 3QB", await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == known.Id).Select(p => p.HomePostcode).SingleAsync()));
        Assert.Equal(0, await _app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.SubjectType == YoungPeopleImporter.AuditSubject)));

        var detailsUrl = await ConfirmAsync(coach, previewUrl);
        var details = await coach.GetAsync(detailsUrl);
        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Contains("2 added, 1 updated, 1 unchanged, 4 refused", details.Text, StringComparison.Ordinal);
        Assert.Equal(before + 2, await CountAsync());
        var zoe = await _app.WithDbAsync(db => db.YoungPeople.Include(p => p.StatusChanges).SingleAsync(p => p.Upn == Upn(1)));
        Assert.Equal(("Zoë", "Zoë", "Évans", school, true, "LS9 7TF"), (zoe.PreferredName, zoe.LegalFirstName, zoe.LegalSurname, zoe.SchoolId, zoe.HasEhcp, zoe.HomePostcode));
        Assert.Single(zoe.StatusChanges);
        var profile = await coach.GetAsync($"/coach/young-people/{zoe.Id}");
        Assert.Contains("Évans", profile.Text, StringComparison.Ordinal); // staff see the legal name and UPN on the profile
        Assert.Contains(Upn(1), profile.Text, StringComparison.Ordinal);
        Assert.Equal("LS6 1AA", await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == known.Id).Select(p => p.HomePostcode).SingleAsync()));
        var audit = await _app.WithDbAsync(db => db.AuditEvents.Where(a => a.Action == "Imported young people" || a.Action == "Added profile by import" || a.Action == "Changed profile by import").Select(a => a.Action).ToListAsync());
        Assert.Single(audit, a => a == "Imported young people");
        Assert.Equal(2, audit.Count(a => a == "Added profile by import"));
        Assert.Single(audit, a => a == "Changed profile by import");
        // A second press of confirm saves nothing more.
        var again = await coach.PostAsync(previewUrl, []);
        Assert.NotEqual(HttpStatusCode.InternalServerError, again.Status);
        Assert.Equal(before + 2, await CountAsync());

        // The coach's list tells the new people apart by legal surname.
        var list = await coach.GetAsync("/coach/young-people");
        Assert.Contains("Zoë Évans", list.Text, StringComparison.Ordinal);

        // The same file again: everyone is unchanged, and the bad rows are still refused.
        var secondPreview = await coach.GetAsync(await UploadToPreviewAsync(_app, coach, "sims-export.csv", file));
        var second = Outcomes(secondPreview);
        Assert.All([2, 3, 4, 5], row => Assert.Equal("Unchanged", second[row].Outcome));
        Assert.All([6, 7, 8, 9], row => Assert.Equal("Refused", second[row].Outcome));
        Assert.Contains("There is nothing to save from this file.", secondPreview.Text, StringComparison.Ordinal);

        // Undo: the two added are removed and the old postcode is back, in one audited step.
        var undone = await coach.SubmitAsync(detailsUrl, new Dictionary<string, object?>(), action: $"{detailsUrl}?handler=Undo");
        Assert.Equal(HttpStatusCode.Redirect, undone.Status);
        var afterUndo = await coach.GetAsync(detailsUrl);
        Assert.Contains("2 young people removed; 1 field put back", afterUndo.Text, StringComparison.Ordinal);
        Assert.Empty(afterUndo.Document.QuerySelectorAll("[data-testid=undo]"));
        Assert.Equal(before, await CountAsync());
        Assert.Equal("LS7 3QB", await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == known.Id).Select(p => p.HomePostcode).SingleAsync()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "Undid import of young people")));
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task UndoAfterADay_IsNoLongerOffered()
    {
        var clockApp = _app.WithClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        using var coach = clockApp.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var detailsUrl = await ConfirmAsync(coach, await UploadToPreviewAsync(_app, coach, "year9.csv", School(3)));
        Assert.Single((await coach.GetAsync(detailsUrl)).Document.QuerySelectorAll("[data-testid=undo]"));

        clockApp.Clock!.Advance(TimeSpan.FromHours(25));
        using var later = clockApp.CreateFormClient();
        await later.SignInAsync("coach@sendcareers.test");
        var page = await later.GetAsync(detailsUrl);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=undo]"));
        var before = await CountAsync();
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await later.GetAsync("/coach/young-people/import")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await later.PostAsync($"{detailsUrl}?handler=Undo", [new("__RequestVerificationToken", token)]);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Windows1252WithSemicolons_AsExcelSavesIt_KeepsTheAccents()
    {
        var text = "UPN;Legal Surname;Legal Forename;Preferred Forename;DOB;Year\r\n"
            + $"{Upn(11)};Jones;Siân;Sia;03/04/2011;Year 10\r\n"
            + $"{Upn(12)};\"Brontë; Ellis\";Zoë;;04/05/2011;Year 10\r\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var previewUrl = await UploadToPreviewAsync(_app, coach, "export.csv", bytes);
        var rows = Outcomes(await coach.GetAsync(previewUrl));
        Assert.Equal("New", rows[2].Outcome);
        Assert.Equal(("Refused", "Legal surname can only contain letters, spaces, hyphens and apostrophes"), rows[3]); // the quoted ";" is kept in the cell
        await ConfirmAsync(coach, previewUrl);
        var sian = await _app.WithDbAsync(db => db.YoungPeople.SingleAsync(p => p.Upn == Upn(11)));
        Assert.Equal(("Sia", "Siân", "Jones"), (sian.PreferredName, sian.LegalFirstName, sian.LegalSurname));
    }

    public static readonly TheoryData<string, string, string, string> BadFiles = new()
    {
        { "not-csv", "photo.png", "text/csv", "The selected file must be a CSV file: in your records system, export as CSV (comma separated values)" },
        { "binary", "pupils.csv", "text/csv", "The selected file is not a CSV file: it contains characters that are not text" },
        { "xlsx", "pupils.csv", "text/csv", "The selected file is a spreadsheet, not a CSV file: open it and save it as CSV (comma separated values)" },
        { "empty", "pupils.csv", "text/csv", "The selected file is empty" },
        { "header only", "pupils.csv", "text/csv", "The file has a header row but no young people in it" },
        { "one column", "pupils.csv", "text/csv", "The file has only one column: it must be a CSV file with a header row, its columns separated by commas or semicolons" },
        { "none", "", "", "Select a CSV file" },
        { "6 MB", "pupils.csv", "text/csv", CsvUpload.TooLargeMessage },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFile_IsRefusedBesideTheField_AndNothingIsKept(string kind, string fileName, string contentType, string message)
    {
        byte[] bytes = kind switch
        {
            "not-csv" or "binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
            "xlsx" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00],
            "header only" => Utf8(Header),
            "one column" => Utf8("Dear parents", "Please find attached our pupils"),
            "6 MB" => Encoding.UTF8.GetBytes(Header + "\r\n" + new string('x', 6 * 1024 * 1024)),
            _ => [],
        };
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var before = await CountAsync();
        FormClient.PageResult result;
        if (kind == "none")
        {
            result = await coach.SubmitAsync("/coach/young-people/import", new Dictionary<string, object?>());
        }
        else
        {
            result = await UploadAsync(coach, fileName, bytes, contentType: contentType);
        }

        if (result.Status == HttpStatusCode.Redirect)
        {
            // Too large: read, thrown away, and sent back to the form, which says so.
            Assert.Equal("6 MB", kind);
            Assert.EndsWith("?problem=too-large", result.Location, StringComparison.Ordinal);
            result = await coach.GetAsync(result.Location!);
        }

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal([message], result.ErrorSummary);
        Assert.Equal(message, result.FieldError("upload"));
        Assert.Equal(before, await CountAsync());
        Assert.Equal(0, await _app.WithDbAsync(db => db.YoungPeopleImports.CountAsync()));
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task ColumnsLeftOutOrChosenTwice_AreRefusedBesideTheField()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var uploaded = await UploadAsync(coach, "other.csv", Utf8("Name,Born,Class", "Sam Hill,01/01/2011,10B"));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.Status);
        var columns = await coach.GetAsync(uploaded.Location!);
        Assert.Equal(HttpStatusCode.OK, columns.Status);
        var chosen = await coach.SubmitAsync(uploaded.Location!, new Dictionary<string, object?>
        {
            ["Columns[LegalFirstName]"] = "Name",
            ["Columns[LegalSurname]"] = "Name",
            ["Columns[DateOfBirth]"] = "Not a column",
        });
        Assert.Equal(HttpStatusCode.BadRequest, chosen.Status);
        Assert.Equal(
            new[] { "“Name” is already chosen for legal first name: choose each column once", "Select a column from the list for date of birth" }.Order(),
            chosen.ErrorSummary.Order());
        Assert.Equal("Select a column from the list for date of birth", chosen.FieldError("columns-dateofbirth"));
        Assert.Equal("“Name” is already chosen for legal first name: choose each column once", chosen.FieldError("columns-legalsurname"));
        Assert.Equal("Name", chosen.Document.QuerySelector("select[name='Columns[LegalFirstName]'] option[selected]")?.GetAttribute("value"));
        var previewUrl = uploaded.Location!.Replace("/columns", "/preview", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.GetAsync(previewUrl)).Status); // no columns yet: back to choose them
    }
}
