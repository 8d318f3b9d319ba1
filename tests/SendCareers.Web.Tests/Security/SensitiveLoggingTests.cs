using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// Logs are read by whoever runs the server, so they hold no passwords, no sign-in codes and nothing
/// from a young person's profile, even at the most detailed level.
/// </summary>
public sealed class SensitiveLoggingTests : IAsyncLifetime
{
    private readonly AllLogCapture _logs = new();
    private readonly SendCareersApp _app;

    public SensitiveLoggingTests()
    {
        // A rule for this provider alone outranks the app's configured levels, so it sees everything.
        _app = new SendCareersApp().WithServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(_logs);
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(AllLogCapture).FullName, null, LogLevel.Trace, null)));
        });
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SigningIn_AndRecordingAProfile_LeaveNoPersonalDetailsInTheLogs()
    {
        const string password = "SendCareers-Demo-1";
        using var coach = _app.CreateFormClient();
        var wrong = await coach.SubmitAsync("/account/sign-in", new Dictionary<string, object?> { ["Input.Email"] = "coach@sendcareers.test", ["Input.Password"] = "Wrong-Horse-Battery-9" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        await coach.SignInAsync("coach@sendcareers.test", password);

        var saved = await coach.SubmitAsync("/coach/young-people/new", new Dictionary<string, object?>
        {
            ["Input.PreferredName"] = "Zebedee Quillfeather",
            ["Input.DateOfBirth.Day"] = "14",
            ["Input.DateOfBirth.Month"] = "3",
            ["Input.DateOfBirth.Year"] = "2009",
            ["Input.HasEhcp"] = "yes",
            ["Input.HomePostcode"] = "LS6 2QT",
            ["Input.CommunicationNotes"] = "Prefers written instructions on yellow paper",
            ["Input.ConsentToShareSummary"] = "yes",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(saved.Location!)).Status);

        Assert.True(_logs.Count > 100, "the capture saw too little to prove anything");
        var text = _logs.Text;
        // The capture did see the requests and the SQL that saved the profile, just not the values in them.
        Assert.Contains("POST http://localhost/coach/young-people/new", text, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO \"YoungPeople\"", text, StringComparison.Ordinal);
        foreach (var secret in new[] { password, "Wrong-Horse-Battery-9", "Zebedee", "Quillfeather", "LS6 2QT", "2009-03-14", "yellow paper" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
