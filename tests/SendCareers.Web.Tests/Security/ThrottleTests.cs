using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// Every form that checks a password or a code stops answering "right" or "wrong" after a handful of
/// wrong tries from one client, and a stranger's wrong tries do not lock the owner out. The forms are
/// found from the page models (a bound property named Password or Code), so a new one cannot be missed.
/// Issue #14, findings 2 and 3.
/// </summary>
public sealed class ThrottleTests : IAsyncLifetime
{
    private const string Coach = "coach@sendcareers.test";
    private const string Password = "SendCareers-Demo-1";
    private const string SetUpPage = "/settings/two-step-sign-in/set-up";
    private const string SettingsPage = "/settings/two-step-sign-in";
    private const string Stranger = "198.51.100.7";
    private const string Owner = "192.0.2.10";
    private readonly SendCareersApp _app = new SendCareersApp().WithServices(TestClientAddress.AddTo);

    /// <summary>The page models with a form that checks a password or a code, each exercised below.</summary>
    private static readonly string[] ThrottledPages =
    [
        "SendCareers.Web.Pages.Account.SignInModel",
        "SendCareers.Web.Pages.Account.SignInCodeModel",
        "SendCareers.Web.Pages.Settings.TwoFactor.IndexModel",
        "SendCareers.Web.Pages.Settings.TwoFactor.SetUpModel",
    ];

    public static TheoryData<string> Throttled => new(ThrottledPages);

    /// <summary>
    /// Forms that take a <em>new</em> password rather than checking one: they are opened by a single-use
    /// 256-bit token from an e-mail (nothing to guess) and rate limited per client address.
    /// </summary>
    private static readonly string[] SetsANewPassword =
    [
        "SendCareers.Web.Pages.Account.InvitationModel",
        "SendCareers.Web.Pages.Account.ResetPasswordModel",
        "SendCareers.Web.Pages.Account.VerifyModel",
    ];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void EveryPageThatChecksAPasswordOrCode_IsCovered()
    {
        var found = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.GetProperties().Any(p => (p.GetCustomAttribute<BindPropertyAttribute>() is not null || t.GetCustomAttribute<BindPropertiesAttribute>() is not null) && TakesSecret(p)))
            .Select(t => t.FullName!)
            .Order()
            .ToList();

        Assert.Equal(ThrottledPages.Concat(SetsANewPassword).Order(), found);
    }

    [Theory]
    [MemberData(nameof(Throttled))]
    public async Task FiveWrongTries_ThenEvenTheRightOneIsRefused(string page)
    {
        switch (page.Split('.')[^1])
        {
            case "SignInModel":
                await SignInAsync();
                break;
            case "SignInCodeModel":
                await SignInCodeAsync();
                break;
            case "IndexModel":
                await TurnOffAsync();
                break;
            case "SetUpModel":
                await SetUpAsync();
                break;
            default:
                Assert.Fail($"No throttle test for {page}");
                break;
        }
    }

    private async Task SignInAsync()
    {
        using var stranger = Client(Stranger);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAs(stranger, "wrong-password-" + i)).Status);
        }

        var right = await SignInAs(stranger, Password);
        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains("Too many wrong tries", right.FieldError("password"), StringComparison.Ordinal);

        // The stranger locked out only themselves: the owner, from their own address, signs in.
        using var owner = Client(Owner);
        var signedIn = await SignInAs(owner, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/coach", signedIn.Location);
    }

    private async Task SignInCodeAsync()
    {
        var key = await TurnOnTwoStepAsync();
        using var guesser = Client(Stranger);
        Assert.StartsWith("/account/sign-in/code", (await SignInAs(guesser, Password)).Location, StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await guesser.SubmitAsync("/account/sign-in/code", new Dictionary<string, object?> { ["Input.Code"] = Authenticator.WrongCode(key, DateTimeOffset.UtcNow) });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        }

        var right = await guesser.SubmitAsync("/account/sign-in/code", new Dictionary<string, object?> { ["Input.Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains("locked", right.FieldError("code"), StringComparison.Ordinal);
    }

    private async Task TurnOffAsync()
    {
        await TurnOnTwoStepAsync();
        using var session = Client(Owner);
        await SignInWithCodeAsync(session);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.SubmitAsync(SettingsPage, new Dictionary<string, object?> { ["Input.Password"] = "wrong-password-" + i }, action: $"{SettingsPage}?handler=TurnOff");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        }

        var right = await session.SubmitAsync(SettingsPage, new Dictionary<string, object?> { ["Input.Password"] = Password }, action: $"{SettingsPage}?handler=TurnOff");
        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains("Too many wrong tries", right.FieldError("password"), StringComparison.Ordinal);
        Assert.True(await TwoStepOnAsync());
    }

    private async Task SetUpAsync()
    {
        using var session = Client(Owner);
        await session.SignInAsync(Coach);
        var key = (await session.GetAsync(SetUpPage)).Document.QuerySelector("[data-testid=key]")!.TextContent.Trim();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.SubmitAsync(SetUpPage, new Dictionary<string, object?> { ["Input.Code"] = Authenticator.WrongCode(key, DateTimeOffset.UtcNow) });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        }

        var right = await session.SubmitAsync(SetUpPage, new Dictionary<string, object?> { ["Input.Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains("Too many wrong tries", right.FieldError("code"), StringComparison.Ordinal);
        Assert.False(await TwoStepOnAsync());
    }

    private string? _key;

    /// <summary>Turns two-step sign-in on for the coach from a client of its own; returns the key.</summary>
    private async Task<string> TurnOnTwoStepAsync()
    {
        using var session = Client("192.0.2.99");
        await session.SignInAsync(Coach);
        _key = (await session.GetAsync(SetUpPage)).Document.QuerySelector("[data-testid=key]")!.TextContent.Trim();
        var on = await session.SubmitAsync(SetUpPage, new Dictionary<string, object?> { ["Input.Code"] = Authenticator.Code(_key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, on.Status);
        return _key;
    }

    private async Task SignInWithCodeAsync(FormClient client)
    {
        await SignInAs(client, Password);
        var done = await client.SubmitAsync("/account/sign-in/code", new Dictionary<string, object?> { ["Input.Code"] = Authenticator.Code(_key!, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
    }

    private static Task<FormClient.PageResult> SignInAs(FormClient client, string password) =>
        client.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = Coach, ["Input.Password"] = password });

    private FormClient Client(string address)
    {
        var client = _app.CreateFormClient();
        TestClientAddress.Use(client, address);
        return client;
    }

    private Task<bool> TwoStepOnAsync() =>
        _app.WithDbAsync(db => db.Users.Where(u => u.Email == Coach).Select(u => u.TwoFactorEnabled).SingleAsync());

    /// <summary>A bound property that is, or holds, a field named Password or Code.</summary>
    private static bool TakesSecret(PropertyInfo property) =>
        IsSecretName(property.Name)
        || (property.PropertyType.IsClass && property.PropertyType != typeof(string)
            && property.PropertyType.GetProperties().Any(p => IsSecretName(p.Name)));

    private static bool IsSecretName(string name) =>
        name.EndsWith("Password", StringComparison.Ordinal) || name.EndsWith("Code", StringComparison.Ordinal);
}
