using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Guidance;

/// <summary>The editors' view of the content: every file with its problems, and a preview of one.</summary>
public sealed class GuidanceAdminTests(GuidanceAdminTests.AppFixture fixture) : IClassFixture<GuidanceAdminTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp
    {
        public AppFixture() => Set("Content:Path", TestContent.Problems);
    }

    [Fact]
    public async Task Index_ListsEveryFileWithItsProblems()
    {
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var page = await admin.GetAsync("/admin/guidance");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("[data-testid=guidance-files] tbody tr");
        Assert.Equal(8, rows.Length);
        var brokenLinks = rows.Single(r => r.TextContent.Contains("families/broken-links.md", StringComparison.Ordinal));
        Assert.Contains("goes to a guidance page that does not exist", brokenLinks.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stray Name.md", page.Text, StringComparison.Ordinal);
        Assert.Contains("11 files have problems to fix.", page.Document.QuerySelector("[data-testid=problem-summary]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/guidance/preview?path=families%2Fbroken-links.md", brokenLinks.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Preview_RendersAKnownFileWithItsProblems()
    {
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var page = await admin.GetAsync("/admin/guidance/preview?path=families%2Fhostile.md");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Hostile", page.H1);
        Assert.Contains("was shown as plain text", page.Document.QuerySelector("[data-testid=preview-problems]")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("families/no-such-file.md")]
    [InlineData("../../appsettings.json")]
    [InlineData("/etc/passwd")]
    [InlineData("images/ok.svg")]
    [InlineData("other/elsewhere.md")]
    [InlineData("families%2F..%2F..%2FProblems%2Fglossary.md")]
    public async Task Preview_AnythingButAKnownFile_Answers404(string path)
    {
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var page = await admin.GetAsync("/admin/guidance/preview?path=" + path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Theory]
    [InlineData("coach@sendcareers.test")]
    [InlineData("employer@sendcareers.test")]
    public async Task OtherRoles_AreForbidden(string email)
    {
        using var client = fixture.CreateFormClient();
        await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/guidance")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/guidance/preview?path=glossary.md")).Status);
    }

    [Fact]
    public async Task Anonymous_IsAskedToSignIn()
    {
        using var client = fixture.CreateFormClient();

        var page = await client.GetAsync("/admin/guidance");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/sign-in", page.Location, StringComparison.Ordinal);
    }
}
