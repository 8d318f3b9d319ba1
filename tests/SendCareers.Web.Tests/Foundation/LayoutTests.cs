using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Foundation;

public sealed class LayoutTests(LayoutTests.AppFixture fixture) : IClassFixture<LayoutTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/accessibility")]
    [InlineData("/privacy")]
    [InlineData("/about-the-data")]
    [InlineData("/reading-preferences")]
    public async Task PublicPage_HasOneH1SkipLinkLandmarksAndAudience(string url)
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Equal("#main-content", page.Document.QuerySelector(".govuk-skip-link")?.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("main#main-content"));
        Assert.NotNull(page.Document.QuerySelector("header"));
        Assert.NotNull(page.Document.QuerySelector("footer"));
        Assert.Contains("Aire and Calder SEND Careers Hub", page.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Who can use this page:", page.Document.QuerySelector("[data-testid=who-may-use]")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_HasNoCrownOrGovUkLogotype()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/");

        Assert.Null(page.Document.QuerySelector(".govuk-header__logotype"));
        Assert.DoesNotContain("GOV.UK", page.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("SendCareers", page.Document.QuerySelector(".sc-header__product")?.TextContent.Trim());
    }

    [Fact]
    public async Task Stylesheet_IsBuiltFromGovUkFrontendWithSystemFont()
    {
        using var client = fixture.CreateFormClient();

        var css = await client.Http.GetStringAsync("/css/app.css");

        Assert.Contains(".govuk-button", css, StringComparison.Ordinal);
        Assert.Contains("system-ui", css, StringComparison.Ordinal);
        Assert.DoesNotContain("GDS Transport", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_Answers404Page()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.H1);
    }

    [Theory]
    [InlineData("/admin/jobs")]
    public async Task AdminOnlyAddress_Anonymous_IsNotServed(string url)
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync(url);

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task ReadingPreferences_LargeTextAndContrast_AppliedOnEveryPage()
    {
        using var client = fixture.CreateFormClient();

        var saved = await client.SubmitAsync("/reading-preferences", new Dictionary<string, object?> { ["Options"] = new[] { "large", "contrast" } });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var home = await client.GetAsync("/");
        var classes = home.Document.DocumentElement.ClassName ?? "";
        Assert.Contains("sc-text-large", classes, StringComparison.Ordinal);
        Assert.Contains("sc-high-contrast", classes, StringComparison.Ordinal);
    }
}
