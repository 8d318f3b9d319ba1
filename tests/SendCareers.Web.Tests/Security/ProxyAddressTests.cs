using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// Behind a reverse proxy every visitor arrives from the proxy's address. With the proxy named, the
/// sign-in throttle tells a stranger from the account's owner by X-Forwarded-For; without it, the
/// header is ignored, so a stranger cannot slip the throttle by making up addresses.
/// </summary>
public sealed class ProxyAddressTests
{
    private const string Coach = "coach@sendcareers.test";
    private const string Password = "SendCareers-Demo-1";
    private const string Proxy = "203.0.113.1";

    [Fact]
    public async Task BehindANamedProxy_AStrangersWrongPasswords_DoNotLockTheOwnerOut()
    {
        await using var app = new SendCareersApp().WithServices(TestClientAddress.AddTo).Set("ForwardedHeaders:KnownProxies", Proxy);
        using var stranger = Client(app, "198.51.100.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAs(stranger, "wrong-password-" + i)).Status);
        }

        Assert.Contains("Too many wrong tries", (await SignInAs(stranger, Password)).FieldError("password"), StringComparison.Ordinal);

        using var owner = Client(app, "192.0.2.10");
        var signedIn = await SignInAs(owner, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/coach", signedIn.Location);
    }

    [Fact]
    public async Task WithNoProxyNamed_MadeUpForwardedAddresses_DoNotResetTheCount()
    {
        await using var app = new SendCareersApp().WithServices(TestClientAddress.AddTo);
        for (var i = 0; i < 5; i++)
        {
            using var guesser = Client(app, $"198.51.100.{i + 1}");
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAs(guesser, "wrong-password-" + i)).Status);
        }

        using var next = Client(app, "198.51.100.99");
        var right = await SignInAs(next, Password);
        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains("Too many wrong tries", right.FieldError("password"), StringComparison.Ordinal);
    }

    /// <summary>A client of the app as seen through the proxy: the proxy's address, and the visitor's in X-Forwarded-For.</summary>
    private static FormClient Client(SendCareersApp app, string visitor)
    {
        var client = app.CreateFormClient();
        TestClientAddress.Use(client, Proxy);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", visitor);
        return client;
    }

    private static Task<FormClient.PageResult> SignInAs(FormClient client, string password) =>
        client.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = Coach, ["Input.Password"] = password });
}
