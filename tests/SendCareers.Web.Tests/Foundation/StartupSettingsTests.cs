using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Mail;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Foundation;

/// <summary>Settings checked at start-up: a missing or bad one stops the app with its name, not a silent default.</summary>
public sealed class StartupSettingsTests
{
    [Fact]
    public async Task Production_WithoutSiteBaseUrl_RefusesToStart_NamingTheSetting()
    {
        await using var app = new SendCareersApp().WithEnvironment("Production").Set("Site:BaseUrl", null);

        var message = StartupFailure(app);

        Assert.Contains("Site:BaseUrl is not set", message, StringComparison.Ordinal);
        Assert.Contains("https://careers.example.org", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithRelativeSiteBaseUrl_RefusesToStart_NamingTheSetting()
    {
        await using var app = new SendCareersApp().WithEnvironment("Production").Set("Site:BaseUrl", "careers.example.org");

        Assert.Contains("Site:BaseUrl is 'careers.example.org'", StartupFailure(app), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reminders:DebriefHoursAfterEnd", "-1")]
    [InlineData("Reminders:ChaserDaysAfterDebrief", "0")]
    [InlineData("Reminders:BriefingDaysBefore:0", "400")]
    public async Task BadReminderOffset_RefusesToStart_NamingTheSetting(string key, string value)
    {
        await using var app = new SendCareersApp().WithoutDemoData().Set(key, value);

        var setting = key.EndsWith(":0", StringComparison.Ordinal) ? key[..^2] : key;
        Assert.Contains($"{setting} is ", StartupFailure(app), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_WithoutSiteBaseUrl_LinksToTheAddressTheAppListensOn()
    {
        await using var app = new SendCareersApp().WithoutDemoData().WithEnvironment("Development").Set("Site:BaseUrl", null);
        var address = app.StartKestrel();

        using var scope = app.Services.CreateScope();
        var mail = scope.ServiceProvider.GetRequiredService<EmailTemplates>().ResetPassword("Jo", "jo@example.com", "token123");

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.Contains(address + "/", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost:5080", mail.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Starts the app, which must fail; returns every message in the failure's chain.</summary>
    private static string StartupFailure(SendCareersApp app)
    {
        var failure = Record.Exception(() => app.Services);
        Assert.NotNull(failure);
        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join("\n", messages);
    }
}
