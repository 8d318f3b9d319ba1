using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Guidance;

/// <summary>A running app notices edited content and stops serving its cached copy of the page.</summary>
public sealed class GuidanceReloadTests : IAsyncLifetime
{
    private readonly string _folder = TestContent.CopyOf(TestContent.Site);
    private readonly SendCareersApp _app = new();

    public GuidanceReloadTests() => _app.Set("Content:Path", _folder).Set("Content:PollMilliseconds", "100");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task EditedFile_IsServedWithinSecondsDespiteTheOutputCache()
    {
        using var client = _app.CreateFormClient();
        Assert.Equal("Debriefs after a placement", (await client.GetAsync("/schools/debriefs")).H1);
        Assert.Equal("Debriefs after a placement", (await client.GetAsync("/schools/debriefs")).H1);

        var file = Path.Combine(_folder, "schools", "debriefs.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("title: Debriefs after a placement", "title: Debriefs, revised", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(2));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        string h1;
        do
        {
            await Task.Delay(100);
            h1 = (await client.GetAsync("/schools/debriefs")).H1;
        }
        while (h1 != "Debriefs, revised" && DateTime.UtcNow < deadline);

        Assert.Equal("Debriefs, revised", h1);
    }

    [Fact]
    public async Task DeletedFile_Answers404()
    {
        using var client = _app.CreateFormClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/schools/debriefs")).Status);

        File.Delete(Path.Combine(_folder, "schools", "debriefs.md"));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            status = (await client.GetAsync("/schools/debriefs")).Status;
        }
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
