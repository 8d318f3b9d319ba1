using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Paging;

/// <summary>Reading a paged list as a person sees it: the page count line, the rows, and a page that must open.</summary>
internal static class ListPages
{
    /// <summary>The "Showing 1 to 50 of 120 openings" line, with its spacing made single.</summary>
    public static string Count(FormClient.PageResult page) =>
        string.Join(' ', page.Document.QuerySelector("[data-testid=page-count]")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text of the first cell of each row of the table marked <paramref name="testId"/>.</summary>
    public static List<string> FirstCells(FormClient.PageResult page, string testId) =>
        [.. page.Document.QuerySelectorAll($"[data-testid={testId}] tbody tr > :first-child").Select(td => td.TextContent.Trim())];

    public static async Task<FormClient.PageResult> Ok(FormClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
        return page;
    }
}
