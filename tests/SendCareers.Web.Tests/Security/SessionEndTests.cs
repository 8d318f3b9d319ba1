using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// A copied session cookie (a shared computer, a stolen one) must stop working the moment its account's
/// session is ended: by signing out, resetting the password, locking the account, removing its role or
/// turning on two-step sign-in. Issue #14, finding 1.
/// </summary>
public sealed partial class SessionEndTests : IAsyncLifetime
{
    private const string Coach = "coach@sendcareers.test";
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string> Endings => new() { "sign-out", "password reset", "account locked", "role removed", "two-step turned on" };

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task CopiedCookie_IsRefused_OnTheNextRequest(string ending)
    {
        var cookies = new CopyableCookies();
        using var session = _app.CreateCopyableClient(cookies);
        await session.SignInAsync(Coach);
        var copy = new CopyableCookies();
        copy.Jar["sc.auth"] = cookies.Jar["sc.auth"];
        using var thief = _app.CreateCopyableClient(copy);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/coach/young-people")).Status);

        switch (ending)
        {
            case "sign-out":
                var signedOut = await session.SubmitAsync("/coach", new Dictionary<string, object?>(), action: "/account/sign-out");
                Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
                break;
            case "password reset":
                using (var anonymous = _app.CreateFormClient())
                {
                    await anonymous.SubmitAsync("/account/forgotten-password", new Dictionary<string, object?> { ["Input.Email"] = Coach });
                    var link = ResetLink().Match(_app.PickedUpMail().Single().TextBody!).Value;
                    var changed = await anonymous.SubmitAsync(new Uri(link).PathAndQuery, new Dictionary<string, object?>
                    {
                        ["Input.Password"] = "a brand new passphrase",
                        ["Input.ConfirmPassword"] = "a brand new passphrase",
                    });
                    Assert.Equal("Your password has been changed", changed.H1);
                }

                break;
            case "account locked":
                // No page locks an account yet; whatever does will go through the user manager, as here.
                await WithUserAsync((users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddDays(1)));
                break;
            case "role removed":
                await WithUserAsync((users, user) => users.RemoveFromRoleAsync(user, Roles.JobCoach));
                break;
            case "two-step turned on":
                var key = (await session.GetAsync("/settings/two-step-sign-in/set-up")).Document.QuerySelector("[data-testid=key]")!.TextContent.Trim();
                var on = await session.SubmitAsync("/settings/two-step-sign-in/set-up", new Dictionary<string, object?> { ["Input.Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow) });
                Assert.Equal(HttpStatusCode.OK, on.Status);
                // The session that turned it on carries on; every other copy of the old cookie ends.
                Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/coach/young-people")).Status);
                break;
        }

        var refused = await thief.GetAsync("/coach/young-people");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Contains("/account/sign-in", refused.Location, StringComparison.Ordinal);
        Assert.False(copy.Jar.ContainsKey("sc.auth"), "the refused cookie is also cleared");
    }

    [Fact]
    public async Task OtherAccountsSessions_CarryOn_WhenOneSignsOut()
    {
        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);

        await coach.SubmitAsync("/coach", new Dictionary<string, object?>(), action: "/account/sign-out");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.GetAsync("/coach")).Status);
    }

    private async Task WithUserAsync(Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(Coach);
        Assert.True((await change(users, user!)).Succeeded);
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?token=\S+")]
    private static partial Regex ResetLink();
}
