using System.Net;
using System.Text.RegularExpressions;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Foundation;

public sealed partial class AccountTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("admin@sendcareers.test", "/admin")]
    [InlineData("coach@sendcareers.test", "/coach")]
    [InlineData("employer@sendcareers.test", "/my-organisation")]
    public async Task SignIn_DemoAccount_GoesToTheirArea(string email, string expectedArea)
    {
        using var client = _app.CreateFormClient();

        var result = await client.SubmitAsync("/account/sign-in", new Dictionary<string, object?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "SendCareers-Demo-1",
        });

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Equal(expectedArea, result.Location);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndKeepsEmail()
    {
        using var client = _app.CreateFormClient();

        var result = await client.SubmitAsync("/account/sign-in", new Dictionary<string, object?>
        {
            ["Input.Email"] = "admin@sendcareers.test",
            ["Input.Password"] = "not the password",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("Enter a correct e-mail address and password", result.ErrorSummary);
        Assert.Equal("admin@sendcareers.test", result.Document.GetElementById("email")?.GetAttribute("value"));
        Assert.Null(result.Document.GetElementById("password")?.GetAttribute("value"));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        using var client = _app.CreateFormClient();
        var wrong = new Dictionary<string, object?> { ["Input.Email"] = "coach@sendcareers.test", ["Input.Password"] = "wrong-password" };
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/account/sign-in", wrong);
        }

        var right = await client.SubmitAsync("/account/sign-in", new Dictionary<string, object?>
        {
            ["Input.Email"] = "coach@sendcareers.test",
            ["Input.Password"] = "SendCareers-Demo-1",
        });

        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains(right.ErrorSummary, m => m.Contains("locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsBothMessages()
    {
        using var client = _app.CreateFormClient();

        var result = await client.SubmitAsync("/account/sign-in", new Dictionary<string, object?>());

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["Enter your e-mail address", "Enter your password"], result.ErrorSummary);
        Assert.Equal("Enter your e-mail address", result.FieldError("email"));
        Assert.Equal("#email", result.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ForgottenPassword_LinkInEmail_SetsNewPasswordOnce()
    {
        using var client = _app.CreateFormClient();

        var sent = await client.SubmitAsync("/account/forgotten-password", new Dictionary<string, object?> { ["Input.Email"] = "coach@sendcareers.test" });
        Assert.Equal("Check your e-mail", sent.H1);

        var mail = Assert.Single(_app.PickedUpMail());
        Assert.Equal("coach@sendcareers.test", mail.To.Mailboxes.Single().Address);
        var link = ResetLink().Match(mail.TextBody!).Value;
        Assert.DoesNotContain("coach", link, StringComparison.OrdinalIgnoreCase);
        var path = new Uri(link).PathAndQuery;

        var changed = await client.SubmitAsync(path, new Dictionary<string, object?>
        {
            ["Input.Password"] = "correct horse battery staple",
            ["Input.ConfirmPassword"] = "correct horse battery staple",
        });
        Assert.Equal("Your password has been changed", changed.H1);

        var again = await client.GetAsync(path);
        Assert.Equal("This link has expired or has already been used", again.H1);

        using var fresh = _app.CreateFormClient();
        await fresh.SignInAsync("coach@sendcareers.test", "correct horse battery staple");
    }

    [Fact]
    public async Task ForgottenPassword_UnknownAddress_SameAnswerAndNoMail()
    {
        using var client = _app.CreateFormClient();

        var result = await client.SubmitAsync("/account/forgotten-password", new Dictionary<string, object?> { ["Input.Email"] = "nobody@example.com" });

        Assert.Equal("Check your e-mail", result.H1);
        Assert.Empty(_app.PickedUpMail());
    }

    [Fact]
    public async Task ResetPassword_MismatchedPasswords_ShowsError()
    {
        using var client = _app.CreateFormClient();
        await client.SubmitAsync("/account/forgotten-password", new Dictionary<string, object?> { ["Input.Email"] = "admin@sendcareers.test" });
        var path = new Uri(ResetLink().Match(_app.PickedUpMail().Single().TextBody!).Value).PathAndQuery;

        var result = await client.SubmitAsync(path, new Dictionary<string, object?>
        {
            ["Input.Password"] = "a long enough password",
            ["Input.ConfirmPassword"] = "something else entirely",
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("The passwords do not match", result.ErrorSummary);
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?token=\S+")]
    private static partial Regex ResetLink();
}
