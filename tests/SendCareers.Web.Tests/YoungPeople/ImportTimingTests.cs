using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.YoungPeople.ImportWorld;

namespace SendCareers.Web.Tests.YoungPeople;

/// <summary>
/// A school's worth (300 pupils) and a large college (2,000) through the real pages: every row is saved,
/// and the same file again has nothing to save. The times are written to the test output, for
/// docs/benchmarks.md; they are not asserted (speed is measured by benchmarks, not by timed tests).
/// </summary>
public sealed class ImportTimingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData(300)]
    [InlineData(2_000)]
    public async Task AWholeSchool_ImportsEveryRow_AndTheSameFileAgainSavesNothing(int rows)
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var file = School(rows);

        var watch = Stopwatch.StartNew();
        var previewUrl = await UploadToPreviewAsync(_app, coach, "school.csv", file);
        var uploadAndColumns = watch.Elapsed;
        watch.Restart();
        var preview = await coach.GetAsync(previewUrl);
        var previewTime = watch.Elapsed;
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Empty(preview.Document.QuerySelectorAll("tr[data-outcome=Refused]"));

        watch.Restart();
        await ConfirmAsync(coach, previewUrl);
        var confirmTime = watch.Elapsed;
        Assert.Equal(rows, await _app.WithDbAsync(db => db.YoungPeople.CountAsync(p => p.Upn != null)));

        watch.Restart();
        var again = await coach.GetAsync(await UploadToPreviewAsync(_app, coach, "school.csv", file));
        var secondPreview = watch.Elapsed;
        Assert.Contains("There is nothing to save from this file.", again.Text, StringComparison.Ordinal);

        var provider = SharedPostgres.Selected ? "PostgreSQL" : "SQLite";
        output.WriteLine($"{provider} {rows} rows ({file.Length / 1024} KB): upload+columns {uploadAndColumns.TotalMilliseconds:0} ms, preview {previewTime.TotalMilliseconds:0} ms, confirm {confirmTime.TotalMilliseconds:0} ms, same file again (upload to preview) {secondPreview.TotalMilliseconds:0} ms");
    }
}
