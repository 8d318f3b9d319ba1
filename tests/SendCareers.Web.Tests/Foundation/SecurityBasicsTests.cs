using System.Net;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Foundation;

public sealed class SecurityBasicsTests
{
    [Fact]
    public async Task EveryPage_CarriesStrictSecurityHeaders()
    {
        await using var app = new SendCareersApp();
        using var client = app.CreateFormClient();

        using var response = await client.Http.GetAsync("/account/sign-in");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task PublicForm_TooManyPosts_Answers429WithPlainMessage()
    {
        await using var app = new SendCareersApp().Set("RateLimiting:PublicFormPostsPerMinute", "3");
        using var client = app.CreateFormClient();
        var wrong = new Dictionary<string, object?> { ["Input.Email"] = "someone@example.com", ["Input.Password"] = "wrong password" };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SubmitAsync("/account/sign-in", wrong)).Status);
        }

        var limited = await client.SubmitAsync("/account/sign-in", wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("Too many tries", limited.H1);
    }

    [Fact]
    public async Task Session_EndsEightHoursAfterSignIn_EvenWhenActive()
    {
        await using var app = new SendCareersApp().WithClock(DateTimeOffset.UtcNow);
        using var client = app.CreateFormClient();
        await client.SignInAsync("admin@sendcareers.test");

        // Active every 20 minutes for 7 hours 40 minutes: still signed in.
        for (var i = 0; i < 23; i++)
        {
            app.Clock!.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/messages")).Status);
        }

        app.Clock!.Advance(TimeSpan.FromMinutes(30));
        var after = await client.GetAsync("/admin/messages");
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.Contains("/account/sign-in", after.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_EndsAfterThirtyIdleMinutes()
    {
        await using var app = new SendCareersApp().WithClock(DateTimeOffset.UtcNow);
        using var client = app.CreateFormClient();
        await client.SignInAsync("admin@sendcareers.test");

        app.Clock!.Advance(TimeSpan.FromMinutes(31));
        var after = await client.GetAsync("/admin/messages");

        Assert.Equal(HttpStatusCode.Redirect, after.Status);
    }
}
