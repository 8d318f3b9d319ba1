using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>Optional two-step sign-in (TOTP) for job coaches and hub administrators, driven as a person with a phone would.</summary>
public sealed class TwoStepSignInTests : IAsyncLifetime
{
    private const string Coach = "coach@sendcareers.test";
    private const string Password = "SendCareers-Demo-1";
    private const string SettingsPage = "/settings/two-step-sign-in";
    private const string SetUpPage = "/settings/two-step-sign-in/set-up";
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Coach_TurnsItOn_ThenNeedsACodeOrARecoveryCode_ThenTurnsItOff()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        Assert.Contains("Off", (await coach.GetAsync(SettingsPage)).Document.QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);

        var setUp = await coach.GetAsync(SetUpPage);
        var key = setUp.Document.QuerySelector("[data-testid=key]")!.TextContent.Trim();
        Assert.Matches("^([a-z2-7]{4} ?)+$", key);

        var letters = await coach.SubmitAsync(SetUpPage, new Dictionary<string, object?> { ["Input.Code"] = "12ab56" });
        Assert.Equal(HttpStatusCode.BadRequest, letters.Status);
        Assert.Equal("Enter the code as 6 digits, for example 123456", letters.FieldError("code"));
        Assert.Equal("12ab56", letters.Document.GetElementById("code")!.GetAttribute("value"));

        var wrong = await coach.SubmitAsync(SetUpPage, new Dictionary<string, object?> { ["Input.Code"] = Authenticator.WrongCode(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("The code is not right", wrong.ErrorSummary.Single(), StringComparison.Ordinal);
        Assert.False(await TwoStepOnAsync(Coach));

        // People often type the code with a space in the middle, as the app shows it.
        var code = Authenticator.Code(key, DateTimeOffset.UtcNow);
        var on = await coach.SubmitAsync(SetUpPage, new Dictionary<string, object?> { ["Input.Code"] = $"{code[..3]} {code[3..]}" });
        Assert.Equal(HttpStatusCode.OK, on.Status);
        var recoveryCodes = on.Document.QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(AuthenticatorSetup.RecoveryCodeCount, recoveryCodes.Distinct().Count());
        Assert.True(await TwoStepOnAsync(Coach));

        // Signing in again: the password alone no longer opens the caseload.
        using var again = _app.CreateFormClient();
        var password = await again.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = Coach, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, password.Status);
        Assert.StartsWith("/account/sign-in/code", password.Location, StringComparison.Ordinal);
        var between = await again.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.Redirect, between.Status);
        Assert.Contains("/account/sign-in", between.Location, StringComparison.Ordinal);

        var badCode = await again.SubmitAsync("/account/sign-in/code", new Dictionary<string, object?> { ["Input.Code"] = Authenticator.WrongCode(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.Status);
        Assert.Contains("The code is not right", badCode.FieldError("code"), StringComparison.Ordinal);

        var goodCode = await again.SubmitAsync("/account/sign-in/code", new Dictionary<string, object?> { ["Input.Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, goodCode.Status);
        Assert.Equal("/coach", goodCode.Location);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/coach/young-people")).Status);

        // A recovery code works once.
        Assert.Equal("/coach", await SignInWithCodeAsync(recoveryCodes[0]));
        Assert.Null(await SignInWithCodeAsync(recoveryCodes[0]));

        // Turning it off needs the password again.
        var noPassword = await again.SubmitAsync(SettingsPage, new Dictionary<string, object?> { ["Input.Password"] = "not my password" }, action: $"{SettingsPage}?handler=TurnOff");
        Assert.Equal(HttpStatusCode.BadRequest, noPassword.Status);
        Assert.Equal("Enter your correct password", noPassword.FieldError("password"));
        Assert.True(await TwoStepOnAsync(Coach));
        var off = await again.SubmitAsync(SettingsPage, new Dictionary<string, object?> { ["Input.Password"] = Password }, action: $"{SettingsPage}?handler=TurnOff");
        Assert.Equal(HttpStatusCode.Redirect, off.Status);
        Assert.False(await TwoStepOnAsync(Coach));
        using var plain = _app.CreateFormClient();
        var passwordOnly = await plain.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = Coach, ["Input.Password"] = Password });
        Assert.Equal("/coach", passwordOnly.Location);

        var audit = await _app.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectType == AuditTrail.Account).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Turned on two-step sign-in", "Turned off two-step sign-in"], audit);
    }

    [Fact]
    public async Task HubAdmin_TurnsItOffForACoachWhoLostTheirPhone()
    {
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync(Coach);
        var key = (await coach.GetAsync(SetUpPage)).Document.QuerySelector("[data-testid=key]")!.TextContent.Trim();
        await coach.SubmitAsync(SetUpPage, new Dictionary<string, object?> { ["Input.Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow) });
        Assert.True(await TwoStepOnAsync(Coach));

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var accounts = await admin.GetAsync("/admin/accounts");
        var row = accounts.Document.QuerySelector($"[data-testid='account-{Coach}']")!;
        Assert.Contains("On", row.TextContent, StringComparison.Ordinal);
        var token = accounts.Document.QuerySelector("form[action*=TurnOff] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // A made-up or non-staff account is not found, and nothing changes.
        var employerId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.Id).SingleAsync());
        foreach (var id in new[] { "no-such-user", employerId, "" })
        {
            var refused = await admin.PostAsync("/admin/accounts?handler=TurnOff", [new("__RequestVerificationToken", token), new("userId", id)]);
            Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        }

        var userId = row.QuerySelector("input[name=userId]")!.GetAttribute("value")!;
        var done = await admin.PostAsync("/admin/accounts?handler=TurnOff", [new("__RequestVerificationToken", token), new("userId", userId)]);
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.False(await TwoStepOnAsync(Coach));
        Assert.Contains("Two-step sign-in is off for", (await admin.GetAsync("/admin/accounts")).Document.QuerySelector("[data-testid=notice]")!.TextContent, StringComparison.Ordinal);

        using var fresh = _app.CreateFormClient();
        var signedIn = await fresh.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = Coach, ["Input.Password"] = Password });
        Assert.Equal("/coach", signedIn.Location);
    }

    [Fact]
    public async Task Employer_CannotOpenTwoStepSettings()
    {
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await employer.GetAsync(SetUpPage)).Status);
        Assert.DoesNotContain("Two-step sign-in", (await employer.GetAsync("/my-organisation")).Text, StringComparison.Ordinal);
    }

    private async Task<string?> SignInWithCodeAsync(string code)
    {
        using var client = _app.CreateFormClient();
        await client.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = Coach, ["Input.Password"] = Password });
        var result = await client.SubmitAsync("/account/sign-in/code", new Dictionary<string, object?> { ["Input.Code"] = code });
        return result.Status == HttpStatusCode.Redirect ? result.Location : null;
    }

    private Task<bool> TwoStepOnAsync(string email) =>
        _app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync());
}
