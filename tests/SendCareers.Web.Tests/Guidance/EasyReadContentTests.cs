using SendCareers.Web.Guidance;

namespace SendCareers.Web.Tests.Guidance;

/// <summary>
/// The Easy Read content check, over every Easy Read page in the real content/ folder: each item one
/// sentence of 15 words at most, with a picture that has alt text, and no hard word (a glossary term)
/// without its explanation. And proof that the check can fail: a 30-word sentence, two sentences in
/// one item, or an unexplained hard word, each added to a copy of the content, is caught.
/// </summary>
public sealed class EasyReadContentTests
{
    private static readonly string RealContent = Path.Combine(AppContext.BaseDirectory, "content");

    [Fact]
    public void EveryEasyReadPage_PassesTheCheck()
    {
        var library = new GuidanceLibrary(RealContent);
        var pages = EasyReadPages(library);
        Assert.True(pages.Count >= 8, $"Only {pages.Count} Easy Read pages found");

        var problems = Check(library);

        Assert.True(problems.Count == 0, $"{problems.Count} Easy Read problem(s) in content/:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void AThirtyWordSentence_FailsTheCheck()
    {
        var sentence = "You can ask your job coach, your teacher, your family or anyone else who knows you well to help you choose a placement that you will really like and enjoy.";
        Assert.Equal(30, sentence.Split(' ').Length);

        var problems = CheckWithAddedItem($"- ![A question mark](/guidance/images/question.svg) {sentence}");

        Assert.Contains(problems, p => p.Contains("has 30 words (15 at most)", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoSentencesInOneItem_FailTheCheck()
    {
        var problems = CheckWithAddedItem("- ![A question mark](/guidance/images/question.svg) You can ask for help. Your job coach will listen.");

        Assert.Contains(problems, p => p.Contains("has 2 sentences", StringComparison.Ordinal));
    }

    [Fact]
    public void AnItemWithoutAPictureOrAltText_FailsTheCheck()
    {
        Assert.Contains(CheckWithAddedItem("- You can ask for help."), p => p.Contains("does not start with a picture", StringComparison.Ordinal));
        Assert.Contains(CheckWithAddedItem("- ![](/guidance/images/question.svg) You can ask for help."), p => p.Contains("no alt text", StringComparison.Ordinal));
    }

    [Fact]
    public void AHardWordWithoutItsExplanation_FailsTheCheck_AndPassesOnceExplained()
    {
        string[] glossary = ["EHCP", "Job carving"];

        var bare = GuidanceMarkdown.UnexplainedHardWords("- ![A form](/guidance/images/checklist.svg) Your EHCP says what help you need at school.\n- ![A bus](/guidance/images/bus.svg) You can go by bus.\n", glossary);
        Assert.Equal(["The hard word \"EHCP\" is not explained where it is first used: \"Your EHCP says what help you need at school.\"."], bare);

        var explained = GuidanceMarkdown.UnexplainedHardWords("- ![A form](/guidance/images/checklist.svg) You might have an EHCP.\n- ![A book](/guidance/images/book.svg) This is a plan for the help you need.\n", glossary);
        Assert.Empty(explained);
        Assert.Empty(GuidanceMarkdown.UnexplainedHardWords("- ![A book](/guidance/images/book.svg) An ehcp is not this word in capitals? No: he is fine.\n", ["HE"]));
    }

    private static List<GuidancePage> EasyReadPages(GuidanceLibrary library) =>
        library.Pages.Where(p => p.IsEasyRead).ToList();

    /// <summary>Every Easy Read problem in a content folder: the library's rules plus the glossary's hard words.</summary>
    private static List<string> Check(GuidanceLibrary library)
    {
        var hardWords = library.FindByUrl("/glossary")!.Contents.Select(h => h.Text).ToList();
        Assert.Contains("EHCP", hardWords);
        return EasyReadPages(library)
            .SelectMany(page => page.Problems.Where(p => p.Kind == GuidanceProblemKind.EasyRead).Select(p => p.Message)
                .Concat(GuidanceMarkdown.UnexplainedHardWords(File.ReadAllText(Path.Combine(library.ContentRoot, page.SourcePath)), hardWords))
                .Select(message => $"{page.SourcePath}: {message}"))
            .ToList();
    }

    /// <summary>A copy of the real content with one item added to an Easy Read page, checked as the real one is.</summary>
    private static List<string> CheckWithAddedItem(string item)
    {
        var copy = Directory.CreateTempSubdirectory("easy-read-check-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(RealContent, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.FullName, Path.GetRelativePath(RealContent, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var page = Path.Combine(copy.FullName, "families", "easy-read", "travel-training.md");
            File.AppendAllText(page, "\n## Added\n\n" + item + "\n");
            return Check(new GuidanceLibrary(copy.FullName));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }
}
