using Microsoft.Playwright;
using SendCareers.Web.Tests.Guidance;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>A parent's journey through the guidance in Chromium, with axe on every page, phone and desktop width.</summary>
public sealed class GuidanceBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();
    private string _baseUrl = "";

    public ValueTask InitializeAsync()
    {
        _app.Set("Content:Path", TestContent.Site);
        _baseUrl = _app.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Parent_ReadsAGuideSwitchesToEasyReadAndBackAndSearches(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);

        await page.GotoAsync("/families");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Travel training" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Travel training");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"guidance-article-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Read this page in Easy Read" }).ClickAsync();
        Assert.EndsWith("/families/easy-read/travel-training", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".sc-easy-read__item img")).ToHaveCountAsync(3);
        await page.AssertNoAxeViolationsAsync();
        await AssertPictureBesideSentenceAsync(page);
        await page.ScreenshotAsync($"guidance-easy-read-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the standard version of this page" }).ClickAsync();
        Assert.EndsWith("/families/travel-training", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/families");
        await page.GetByLabel("Search the guidance").FillAsync("travel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=result-count]")).ToHaveTextAsync("3 results for “travel”");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"guidance-search-{width}");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task OtherGuidancePages_HaveNoAxeViolations(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        foreach (var url in new[] { "/employers/tips", "/employers/tips/mock-interviews", "/families/easy-read", "/schools", "/schools/debriefs", "/glossary", "/guidance/search", "/guidance/search?q=" + new string('x', 101) })
        {
            await page.GotoAsync(url);
            await page.AssertNoAxeViolationsAsync();
        }
    }

    [Fact]
    public async Task EasyRead_WithLargeTextAndHighContrast_KeepsPicturesBesideSentencesOnAPhone()
    {
        var page = await browser.NewPageAsync(_baseUrl, 320);
        await page.Context.AddCookiesAsync([new Cookie { Name = "sc.prefs", Value = "large-contrast", Url = _baseUrl }]);

        await page.GotoAsync("/families/easy-read/travel-training");

        await AssertPictureBesideSentenceAsync(page);
        var fontSize = await page.Locator(".sc-easy-read__text").First.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 19, fontSize);
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync("guidance-easy-read-large-contrast-320");
    }

    /// <summary>Each picture's row overlaps its sentence's row: side by side, not stacked.</summary>
    private static async Task AssertPictureBesideSentenceAsync(IPage page)
    {
        var image = await page.Locator(".sc-easy-read__item img").First.BoundingBoxAsync();
        var text = await page.Locator(".sc-easy-read__text").First.BoundingBoxAsync();
        Assert.NotNull(image);
        Assert.NotNull(text);
        Assert.True(text.X >= image.X + image.Width, $"sentence at x={text.X} starts before the picture ends at {image.X + image.Width}");
        Assert.True(text.Y < image.Y + image.Height && image.Y < text.Y + text.Height, "picture and sentence are not on the same row");
    }
}
