using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SendCareers.Web.Tests.Support;

public static class Accessibility
{
    /// <summary>The WCAG 2.2 AA rule sets UK public-sector sites are checked against.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Runs axe-core on the page as it is now and fails with every violation listed.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } };
        var result = await page.RunAxe(options);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n" + string.Join("\n", violations));
        await page.AssertReflowsAsync();
    }

    /// <summary>
    /// WCAG 1.4.10 (reflow), which axe does not check: at any width down to 320 px the page never
    /// scrolls sideways. Wide tables may scroll inside their own labelled region.
    /// </summary>
    public static async Task AssertReflowsAsync(this IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var clientWidth = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        if (scrollWidth <= clientWidth)
        {
            return;
        }

        var culprits = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *').values()].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth).slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')).join(', ')");
        Assert.Fail($"{page.Url} is {scrollWidth}px wide in a {clientWidth}px window: {culprits}");
    }

    /// <summary>Saves a full-page screenshot under TestResults/screenshots for people to look at.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
