using SendCareers.Web.Guidance;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Easy Read text renders at 19 px or more, measured as Chromium computes it, on every Easy Read page in
/// content/ and on the young person's debrief, at a phone's width and a desktop's.
/// </summary>
public sealed class EasyReadTextSizeBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>The smallest computed font size of the visible Easy Read text on the page.</summary>
    public const string SmallestScript = """
        () => {
          const texts = [...document.querySelectorAll('.sc-easy-read li, .sc-easy-read p, .sc-easy-read label, .sc-easy-read legend, .sc-easy-read .govuk-hint, .sc-easy-read__text')]
            .filter(e => e.getClientRects().length > 0 && e.textContent.trim().length > 0);
          const sizes = texts.map(e => ({ size: parseFloat(getComputedStyle(e).fontSize), text: e.textContent.trim().slice(0, 60) }));
          sizes.sort((a, b) => a.size - b.size);
          return { count: sizes.length, size: sizes.length ? sizes[0].size : 0, text: sizes.length ? sizes[0].text : '' };
        }
        """;

    private readonly SendCareersApp _app = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _baseUrl = _app.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task EveryEasyReadPage_HasBodyTextOf19PxOrMore(int width)
    {
        var library = new GuidanceLibrary(Path.Combine(AppContext.BaseDirectory, "content"));
        var urls = library.Pages.Where(p => p.IsEasyRead).Select(p => p.Url).ToList();
        Assert.True(urls.Count >= 8);
        var page = await browser.NewPageAsync(_baseUrl, width);
        var tooSmall = new List<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            var smallest = await page.EvaluateAsync<Smallest>(SmallestScript);
            Assert.True(smallest.Count > 0, $"No Easy Read text found on {url}");
            if (smallest.Size < 19)
            {
                tooSmall.Add($"{url}: {smallest.Size} px \"{smallest.Text}\"");
            }
        }

        Assert.True(tooSmall.Count == 0, "Easy Read text under 19 px:\n" + string.Join("\n", tooSmall));
    }

    public sealed class Smallest
    {
        public int Count { get; set; }

        public double Size { get; set; }

        public string Text { get; set; } = "";
    }
}
