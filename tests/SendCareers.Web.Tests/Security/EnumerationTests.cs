using System.Net;
using SendCareers.Web.Tests.Employers;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// The public forms that take an e-mail address must not tell who has an account: the same text and
/// status, and about the same time, for an existing account, a pending sign-up (not yet confirmed) and an
/// address nobody uses. Issue #14, finding 2.
/// </summary>
public sealed class EnumerationTests : IAsyncLifetime
{
    private const int Warmup = 3;
    private const int Tries = 15;
    private const string Existing = "coach@sendcareers.test";
    private const string Pending = "pending@example.org";
    private readonly SendCareersApp _app = new SendCareersApp().WithServices(TestClientAddress.AddTo);
    private int _clients;

    public async ValueTask InitializeAsync()
    {
        using var client = _app.CreateFormClient();
        await SignUpDriver.SignUpAsync(client, SignUpDriver.ValidAnswers(Pending, "Pending Ltd"));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SignIn_WrongPassword_SameAnswerAndTiming()
    {
        await AssertIndistinguishableAsync(email => SubmitAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = "not-the-password-1" }));
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_SameLockForEveryAddress()
    {
        var answers = new Dictionary<string, List<string>>();
        foreach (var email in new[] { Existing, Pending, "nobody@example.org" })
        {
            using var client = NewClient();
            answers[email] = [];
            for (var i = 0; i < 6; i++)
            {
                var result = await client.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = email, ["Input.Password"] = "not-the-password-1" });
                answers[email].Add(Describe(result));
            }
        }

        Assert.Contains(answers[Existing], a => a.Contains("locked", StringComparison.Ordinal));
        Assert.Equal(answers[Existing], answers[Pending]);
        Assert.Equal(answers[Existing], answers["nobody@example.org"]);
    }

    [Fact]
    public async Task ForgottenPassword_SameAnswerAndTiming()
    {
        await AssertIndistinguishableAsync(email => SubmitAsync("/account/forgotten-password", new() { ["Input.Email"] = email }));
    }

    [Fact]
    public async Task EmployerSignUp_SameAnswerAndTiming()
    {
        // Each unknown try needs an address of its own (once used, it is a pending sign-up).
        var fresh = 0;
        await AssertIndistinguishableAsync(async email =>
        {
            var address = email == "nobody@example.org" ? $"nobody{++fresh}@example.org" : email;
            using var client = NewClient();
            await SignUpDriver.FillAllAsync(client, SignUpDriver.ValidAnswers(address, "Timing Ltd"));
            return Timed(client, await client.SubmitAsync("/employers/sign-up/check", new Dictionary<string, object?>()));
        });
    }

    private async Task AssertIndistinguishableAsync(Func<string, Task<(string Answer, double Ms)>> attempt)
    {
        var emails = new[] { Existing, Pending, "nobody@example.org" };
        foreach (var email in emails)
        {
            for (var i = 0; i < Warmup; i++)
            {
                await attempt(email);
            }
        }

        var answers = emails.ToDictionary(e => e, _ => new HashSet<string>());
        var times = emails.ToDictionary(e => e, _ => new List<double>());
        for (var i = 0; i < Tries; i++)
        {
            // Interleaved, so a slow moment on the machine falls on all three alike.
            foreach (var email in emails)
            {
                var (answer, ms) = await attempt(email);
                answers[email].Add(answer.Replace(email, "ADDRESS", StringComparison.OrdinalIgnoreCase));
                times[email].Add(ms);
            }
        }

        var expected = Assert.Single(answers[Existing]);
        Assert.Equal(expected, Assert.Single(answers[Pending]));
        Assert.Equal(expected, Assert.Single(answers["nobody@example.org"]));
        var medians = emails.ToDictionary(e => e, e => Median(times[e]));
        var report = string.Join(", ", medians.Select(m => $"{m.Key} {m.Value:0.0} ms"));
        Assert.True(medians.Values.Max() < 3 * medians.Values.Min(), $"median times differ by 3x or more: {report}");
    }

    private async Task<(string Answer, double Ms)> SubmitAsync(string page, Dictionary<string, object?> fields)
    {
        // A client (and client address) per try, so the sign-in throttle does not step in.
        using var client = NewClient();
        return Timed(client, await client.SubmitAsync(page, fields));
    }

    private FormClient NewClient()
    {
        var client = _app.CreateFormClient();
        var n = Interlocked.Increment(ref _clients);
        TestClientAddress.Use(client, $"10.1.{n / 250}.{(n % 250) + 1}");
        return client;
    }

    /// <summary>Times only the POST under test; the GET for the form's token is not part of it.</summary>
    private static (string Answer, double Ms) Timed(FormClient client, FormClient.PageResult result) =>
        (Describe(result), client.LastPostTime.TotalMilliseconds);

    private static string Describe(FormClient.PageResult result) =>
        $"{(int)result.Status} {result.Location} | {result.H1} | {string.Join(" / ", result.ErrorSummary)} | {result.Document.QuerySelector("main")?.TextContent.Trim()}";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
