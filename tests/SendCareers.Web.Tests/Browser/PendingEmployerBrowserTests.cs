using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Browser;

/// <summary>
/// A contact of an organisation the hub has not approved yet sees their openings as drafts, and is told
/// why coaches do not see them yet: in a browser, by keyboard, at 320 and 1280 px, with axe.
/// </summary>
public sealed class PendingEmployerBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();
    private string _baseUrl = "";

    public async ValueTask InitializeAsync()
    {
        _baseUrl = _app.StartKestrel();
        var world = await ScopeWorld.SeedAsync(_app);
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "paul@moorside.test", Email = "paul@moorside.test", EmailConfirmed = true, DisplayName = "Paul Greaves", EmployerId = world.PendingEmployerId, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, "SendCareers-Demo-1")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Employer)).Succeeded);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task PendingEmployer_SeesOpeningsAsDrafts_WithTheReason(int width)
    {
        var page = await browser.NewPageAsync(_baseUrl, width);
        await page.SignInAsync("paul@moorside.test");
        await page.GotoAsync("/my-organisation/openings");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(OpeningVisibility.AwaitingApprovalMessage);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(ScopeWorld.PendingOpeningTitle);
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"pending-employer-openings-{width}");

        // By keyboard, to the opening's change page, which says the same.
        var link = page.GetByRole(AriaRole.Link, new() { Name = ScopeWorld.PendingOpeningTitle, Exact = false }).First;
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(OpeningVisibility.AwaitingApprovalMessage);
        // The title's hint reads as quoted words, not as HTML entities.
        await Assertions.Expect(page.Locator("#title-hint")).ToHaveTextAsync("A few words a young person will understand, like \"Helping in the stock room\".");
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync($"pending-employer-opening-{width}");
    }
}
