using Microsoft.Playwright;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// "Read this to me" on the Easy Read pages and the young person's debrief. The page's speech engine is
/// replaced by a recorder, so the test hears exactly the sentences the browser would say, in order, and
/// sees which sentence is highlighted as each is handed over.
/// </summary>
public sealed class ReadAloudBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>
    /// Replaces speechSynthesis.speak with a recorder that notes each sentence and what is highlighted at
    /// that moment, then ends the sentence a moment later (or, while window.__hold is true, not at all).
    /// </summary>
    private const string Recorder = """
        window.__spoken = [];
        window.__highlighted = [];
        window.__calls = [];
        window.__hold = false;
        const synth = window.speechSynthesis;
        synth.getVoices = () => [{ name: 'Test voice', lang: 'en-GB', default: true, localService: true }];
        synth.speak = u => {
          window.__spoken.push(u.text);
          const h = CSS.highlights && CSS.highlights.get('sc-read-aloud');
          window.__highlighted.push(h ? [...h][0].toString().replace(/\s+/g, ' ').trim() : '');
          const end = () => { if (window.__hold) { setTimeout(end, 20); } else if (u.onend) { u.onend({}); } };
          setTimeout(end, 10);
        };
        synth.pause = () => window.__calls.push('pause');
        synth.resume = () => window.__calls.push('resume');
        synth.cancel = () => window.__calls.push('cancel');
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
    public async Task EasyReadPage_IsReadSentenceBySentence_WithTheSentenceHighlighted_ByKeyboard(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.AddInitScriptAsync(Recorder);
        await page.GotoAsync("/families/easy-read/what-happens-on-a-placement");
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Read this to me" });
        await Assertions.Expect(start).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // Keyboard: start, pause, carry on, stop. The recorder holds the first sentence meanwhile.
        await page.EvaluateAsync("() => window.__hold = true");
        await TabToAsync(page, "button.sc-read-aloud__start");
        await page.Keyboard.PressAsync("Enter");
        var control = page.GetByTestId("read-aloud");
        await Assertions.Expect(control).ToHaveAttributeAsync("data-read-aloud-state", "reading");
        Assert.Equal(["What happens on a placement"], await page.EvaluateAsync<string[]>("() => window.__spoken"));
        Assert.Equal(["What happens on a placement"], await page.EvaluateAsync<string[]>("() => window.__highlighted"));
        await Assertions.Expect(page.Locator("h1.sc-read-aloud-current")).ToHaveCountAsync(1);
        await Assertions.Expect(start).ToBeHiddenAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"read-aloud-reading-{width}");

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control).ToHaveAttributeAsync("data-read-aloud-state", "paused");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Carry on" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control).ToHaveAttributeAsync("data-read-aloud-state", "reading");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stop" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control).ToHaveAttributeAsync("data-read-aloud-state", "idle");
        await Assertions.Expect(start).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".sc-read-aloud-current")).ToHaveCountAsync(0);
        // Anything already queued is cancelled before reading starts; then pause, resume and stop.
        Assert.Equal(["cancel", "pause", "resume", "cancel"], await page.EvaluateAsync<string[]>("() => window.__calls"));

        // The whole page, to the end: every sentence in order, each highlighted as it is handed over.
        await page.EvaluateAsync("() => { window.__hold = false; window.__spoken = []; window.__highlighted = []; }");
        await start.ClickAsync();
        await Assertions.Expect(page.Locator(".sc-read-aloud__status")).ToHaveTextAsync("Finished reading.");
        var spoken = await page.EvaluateAsync<string[]>("() => window.__spoken");
        var highlighted = await page.EvaluateAsync<string[]>("() => window.__highlighted");
        Assert.Equal(
            ["What happens on a placement", "What a placement is", "A placement is time you spend at a real workplace.", "It might be half a day a week for 6 weeks."],
            spoken.Take(4));
        Assert.Equal("Your school uses what you learned to plan your next step.", spoken[^1]);
        Assert.Equal(spoken, highlighted);
        Assert.Contains("A CV tells an employer about you.", spoken);
        Assert.DoesNotContain(spoken, s => s.Contains("Reading time", StringComparison.Ordinal) || s.Contains("Who can use", StringComparison.Ordinal) || s.Contains("standard version", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".sc-read-aloud-current")).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task EasyReadIndexAndDebrief_OfferReadAloud_AndReadTheirOwnWords(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.AddInitScriptAsync(Recorder);
        await page.GotoAsync("/families/easy-read");
        await page.GetByRole(AriaRole.Button, new() { Name = "Read this to me" }).ClickAsync();
        await Assertions.Expect(page.Locator(".sc-read-aloud__status")).ToHaveTextAsync("Finished reading.");
        Assert.Equal("Easy Read guides", (await page.EvaluateAsync<string[]>("() => window.__spoken"))[0]);
        await page.AssertNoAxeViolationsAsync();

        var seeded = await Placements.PlacementWorld.SeedAsync(_app, PlacementState.Completed);
        var token = await _app.WithDbAsync(async db =>
        {
            var issued = new TokenService(db, TimeProvider.System).Issue(TokenPurpose.Debrief, $"placement:{seeded.PlacementId}:{(int)DebriefRespondent.YoungPerson}", TimeSpan.FromDays(30));
            await db.SaveChangesAsync();
            return issued;
        });
        await page.GotoAsync($"/debrief/{token}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Read this to me" }).ClickAsync();
        await Assertions.Expect(page.Locator(".sc-read-aloud__status")).ToHaveTextAsync("Finished reading.");
        var spoken = await page.EvaluateAsync<string[]>("() => window.__spoken");
        Assert.Equal($"How was it, {seeded.FirstName}?", spoken[0]);
        Assert.Equal(["How was it?", "Pick a face.", "Good", "OK", "Not good", "What did you like?"], spoken.SkipWhile(s => s != "How was it?").Take(6));
        Assert.Contains("Would you like to go again?", spoken);
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"read-aloud-debrief-{width}");
    }

    [Fact]
    public async Task WithoutAVoice_OrWithoutSpeech_TheControlSaysSo()
    {
        var noVoice = await browser.NewPageAsync(_baseUrl, 320);
        await noVoice.AddInitScriptAsync("window.speechSynthesis.getVoices = () => []; window.speechSynthesis.speak = () => { throw new Error('must not speak'); };");
        await noVoice.GotoAsync("/families/easy-read/travel-training");
        await noVoice.GetByRole(AriaRole.Button, new() { Name = "Read this to me" }).ClickAsync();
        await Assertions.Expect(noVoice.Locator(".sc-read-aloud__status")).ToHaveTextAsync("This browser has no voice to read aloud. Ask someone to read it with you.");
        await noVoice.AssertNoAxeViolationsAsync();

        var noSpeech = await browser.NewPageAsync(_baseUrl, 320);
        await noSpeech.AddInitScriptAsync("delete Window.prototype.speechSynthesis; Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });");
        await noSpeech.GotoAsync("/families/easy-read/travel-training");
        await Assertions.Expect(noSpeech.GetByTestId("read-aloud")).ToContainTextAsync("This browser cannot read the page aloud.");
        await Assertions.Expect(noSpeech.GetByRole(AriaRole.Button, new() { Name = "Read this to me" })).ToHaveCountAsync(0);
        await noSpeech.AssertNoAxeViolationsAsync();
    }

    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}");
    }
}
