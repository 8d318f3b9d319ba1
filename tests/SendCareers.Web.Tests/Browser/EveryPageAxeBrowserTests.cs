using System.Net;
using Microsoft.Playwright;
using SendCareers.Web.Tests.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// Every page each kind of visitor can reach, opened in Chromium at 320 px and checked with axe-core
/// (WCAG 2.2 AA) and for reflow. The pages are found the way the hostile-input sweep finds them: from
/// every parameterless route and the links on each page, one page per shape of address. A new page is
/// checked without anyone adding it to a list. Pages with errors showing are checked by each form's own
/// browser test.
/// </summary>
public sealed class EveryPageAxeBrowserTests(BrowserFixture browser, EveryPageAxeBrowserTests.AppFixture fixture) : IClassFixture<EveryPageAxeBrowserTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp, IAsyncLifetime
    {
        public string BaseUrl { get; private set; } = "";

        public ValueTask InitializeAsync()
        {
            BaseUrl = StartKestrel();
            return ValueTask.CompletedTask;
        }
    }

    private const int MostPagesPerVisitor = 250;

    public static readonly TheoryData<string> Visitors = new() { "anonymous", "admin@sendcareers.test", "coach@sendcareers.test", "employer@sendcareers.test" };

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EveryReachablePage_HasNoAxeViolations_AndReflowsAt320px(string visitor)
    {
        var page = await browser.NewPageAsync(fixture.BaseUrl, width: 320);
        if (visitor != "anonymous")
        {
            await page.SignInAsync(visitor);
        }

        var failures = new List<string>();
        var checkedPages = 0;
        var pages = new PageCrawl(await HostileInputTests.SeedUrlsAsync(fixture), MostPagesPerVisitor);
        while (pages.Next() is { } url)
        {
            IResponse? response;
            try
            {
                response = await page.GotoAsync(url);
            }
            catch (PlaywrightException e) when (e.Message.StartsWith("Download is starting", StringComparison.Ordinal))
            {
                continue; // a CSV export, not a page
            }

            if (response?.Status != (int)HttpStatusCode.OK || response.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html", StringComparison.Ordinal) != true)
            {
                continue; // not this visitor's page, or not a page
            }

            checkedPages++;
            try
            {
                await page.AssertNoAxeViolationsAsync();
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or PlaywrightException)
            {
                failures.Add(e.Message);
            }

            pages.Follow(await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        }

        Assert.True(checkedPages >= (visitor == "anonymous" ? 10 : 15), $"only {checkedPages} pages were found for {visitor}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedPages} pages failed for {visitor}:\n" + string.Join("\n", failures));
    }
}
