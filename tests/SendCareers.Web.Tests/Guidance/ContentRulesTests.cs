using SendCareers.Web.Guidance;

namespace SendCareers.Web.Tests.Guidance;

/// <summary>
/// The repository's real content/ folder, as copied beside the app and these tests, must follow the
/// content rules: complete front matter, no broken internal links or pictures, and Easy Read pages with
/// sentences of 15 words at most and a picture with alt text at the start of every list item.
/// </summary>
public sealed class ContentRulesTests
{
    private static readonly GuidanceLibrary Library = new(Path.Combine(AppContext.BaseDirectory, "content"));

    [Fact]
    public void RealContent_IsLoaded()
    {
        Assert.NotNull(Library.FindByUrl("/families"));
        Assert.NotNull(Library.FindByUrl("/employers/tips"));
        Assert.NotNull(Library.FindByUrl("/schools"));
    }

    [Theory]
    [InlineData(GuidanceProblemKind.FrontMatter)]
    [InlineData(GuidanceProblemKind.BrokenLink)]
    [InlineData(GuidanceProblemKind.BrokenImage)]
    [InlineData(GuidanceProblemKind.EasyRead)]
    public void RealContent_HasNoProblemsOfKind(GuidanceProblemKind kind)
    {
        var problems = Library.Pages
            .SelectMany(page => page.Problems.Where(p => p.Kind == kind).Select(p => $"{page.SourcePath}: {p.Message}"))
            .ToList();

        Assert.True(problems.Count == 0, $"{problems.Count} {kind} problem(s) in content/:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void RealContent_HasNoFilesTheSiteCannotServe()
    {
        var unplaced = Library.UnplacedFiles.Select(f => $"{f.Key}: {f.Value}").ToList();

        Assert.True(unplaced.Count == 0, "Files in content/ that are not served:\n" + string.Join("\n", unplaced));
    }
}
