using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Placements;

/// <summary>
/// The young person's own debrief, answered by taps alone: a face, the pictures for what they liked
/// and what was hard, and whether they would go again. The coach reads the answers in words.
/// </summary>
public sealed class EasyReadDebriefTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TapsAlone_SaveTheAnswers_AndTheCoachSeesThem()
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var link = $"/debrief/{await IssueAsync(seeded.PlacementId)}";
        using var visitor = _app.CreateFormClient();

        var form = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(["5", "3", "1"], form.Document.QuerySelectorAll("input[name=Rating]").Select(i => i.GetAttribute("value")));
        Assert.Equal(6, form.Document.QuerySelectorAll("input[type=checkbox][name=Liked]").Length);
        Assert.Equal(6, form.Document.QuerySelectorAll("input[type=checkbox][name=FoundHard]").Length);
        Assert.Equal(["yes", "no", "not-sure"], form.Document.QuerySelectorAll("input[name=WouldGoAgain]").Select(i => i.GetAttribute("value")));
        Assert.Contains("Would you like to go again?", form.Text, StringComparison.Ordinal);
        // The token page's frame: the hub's name, no site menu, no licence text.
        Assert.Null(form.Document.QuerySelector(".govuk-service-navigation"));
        Assert.DoesNotContain("Open Government Licence", form.Text, StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector("[data-testid=hub-name]"));

        var sent = await visitor.SubmitAsync(link, new Dictionary<string, object?>
        {
            ["Rating"] = "5",
            ["Liked"] = new[] { "people", "breaks" },
            ["FoundHard"] = new[] { "getting-there" },
            ["WouldGoAgain"] = "not-sure",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var saved = await _app.WithDbAsync(db => db.Debriefs.SingleAsync(d => d.PlacementId == seeded.PlacementId));
        Assert.Equal(DebriefRespondent.YoungPerson, saved.Respondent);
        Assert.Equal(5, saved.Rating);
        Assert.Equal(DebriefTopics.People | DebriefTopics.Breaks, saved.Liked);
        Assert.Equal(DebriefTopics.GettingThere, saved.FoundHard);
        Assert.Equal(GoAgainAnswer.NotSure, saved.WouldGoAgain);
        Assert.Null(saved.WentWell);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var page = await coach.GetAsync($"/coach/placements/{seeded.PlacementId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var answers = page.Document.QuerySelector("[data-testid=debrief-youngperson]")!;
        Assert.Equal("Good (5 out of 5)", answers.QuerySelector("[data-testid=debrief-rating]")!.TextContent.Trim());
        Assert.Equal("The people, the breaks", answers.QuerySelector("[data-testid=debrief-liked]")!.TextContent.Trim());
        Assert.Equal("Getting there", answers.QuerySelector("[data-testid=debrief-hard]")!.TextContent.Trim());
        Assert.Equal("Not sure", answers.QuerySelector("[data-testid=debrief-go-again]")!.TextContent.Trim());
    }

    [Fact]
    public async Task PicturesAndWords_AreShownTogether()
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var link = $"/debrief/{await IssueAsync(seeded.PlacementId)}";
        using var visitor = _app.CreateFormClient();
        var sent = await visitor.SubmitAsync(link, new Dictionary<string, object?>
        {
            ["Rating"] = "1", ["FoundHard"] = new[] { "tasks" }, ["CouldBeBetter"] = "The till was too fast",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var answers = (await coach.GetAsync($"/coach/placements/{seeded.PlacementId}")).Document.QuerySelector("[data-testid=debrief-youngperson]")!;
        Assert.Equal("Not good (1 out of 5)", answers.QuerySelector("[data-testid=debrief-rating]")!.TextContent.Trim());
        Assert.Equal("The tasks. In their words: The till was too fast", answers.QuerySelector("[data-testid=debrief-hard]")!.TextContent.Trim());
        Assert.Equal("Not answered", answers.QuerySelector("[data-testid=debrief-liked]")!.TextContent.Trim());
        Assert.Equal("Not answered", answers.QuerySelector("[data-testid=debrief-go-again]")!.TextContent.Trim());
    }

    [Fact]
    public async Task NoFace_IsAnsweredInEasyRead_With400_KeepsTheTaps_AndSavesNothing()
    {
        var seeded = await SeedAsync(_app, PlacementState.Completed);
        var link = $"/debrief/{await IssueAsync(seeded.PlacementId)}";
        using var visitor = _app.CreateFormClient();

        var missing = await visitor.SubmitAsync(link, new Dictionary<string, object?>
        {
            ["Liked"] = new[] { "tasks" }, ["WouldGoAgain"] = "yes", ["WentWell"] = "Stacking shelves",
        });
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal(["Please choose a face"], missing.ErrorSummary);
        Assert.Equal("Please choose a face", missing.FieldError("rating"));
        Assert.Equal("Please check your answers", missing.Document.QuerySelector(".govuk-error-summary__title")!.TextContent.Trim());
        Assert.True(missing.Document.QuerySelector("#liked-2")!.HasAttribute("checked"));
        Assert.True(missing.Document.QuerySelector("#would-go-again")!.HasAttribute("checked"));
        Assert.Equal("Stacking shelves", missing.Document.QuerySelector("#went-well")!.TextContent);
        Assert.Empty(await _app.WithDbAsync(db => db.Debriefs.Where(d => d.PlacementId == seeded.PlacementId).ToListAsync()));

        // Not one of the three faces, and pictures that do not exist: refused the same way.
        var odd = await visitor.SubmitAsync(link, new Dictionary<string, object?>
        {
            ["Rating"] = "4", ["Liked"] = new[] { "people", "<script>" }, ["FoundHard"] = new[] { "'; DROP TABLE Debriefs" }, ["WouldGoAgain"] = "maybe",
        });
        Assert.Equal(HttpStatusCode.BadRequest, odd.Status);
        Assert.Equal(
            ["Please choose a face", "Please choose what you liked from the pictures", "Please choose what was hard from the pictures", "Please choose yes, no or not sure"],
            odd.ErrorSummary);
        Assert.Empty(await _app.WithDbAsync(db => db.Debriefs.Where(d => d.PlacementId == seeded.PlacementId).ToListAsync()));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).Status);
    }

    private Task<string> IssueAsync(int placementId) =>
        _app.WithDbAsync(async db =>
        {
            var token = new TokenService(db, TimeProvider.System).Issue(TokenPurpose.Debrief, $"placement:{placementId}:{(int)DebriefRespondent.YoungPerson}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return token;
        });
}
