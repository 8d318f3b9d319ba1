using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Encounters.EncounterWorld;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Encounters;

/// <summary>
/// The host of an encounter is told what the group needs, as counts, from those who agreed to share a
/// summary with employers, and never a need of someone who did not: in the briefing e-mail (real SMTP
/// server) and on the employer's encounter page.
/// </summary>
public sealed class HostBriefingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp).WithClock(Monday);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task HostHearsTheSharedNeedsAsCounts_AndNothingOfWhoDidNotAgree()
    {
        var group = await GroupAsync(_app, count: 3);
        await _app.WithDbAsync(async db =>
        {
            var people = await db.YoungPeople.Where(p => group.Select(g => g.Id).Contains(p.Id)).OrderBy(p => p.Id).ToListAsync();
            Set(people[0], share: true, CommunicationMethod.Bsl | CommunicationMethod.Writing, SupportFeature.JobCoachWelcome, EnvironmentFactor.None);
            Set(people[1], share: true, CommunicationMethod.Speech, SupportFeature.StepFreeAccess | SupportFeature.JobCoachWelcome, EnvironmentFactor.Crowds);
            Set(people[2], share: false, CommunicationMethod.Makaton, SupportFeature.QuietSpace, EnvironmentFactor.Noise);
            await db.SaveChangesAsync();
        });
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var scheduled = await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2026, 12, 3), group.Select(p => p.Id)));
        Assert.True(scheduled.Status == HttpStatusCode.Redirect, string.Join("; ", scheduled.ErrorSummary));
        var id = IdFrom(scheduled);

        _app.Clock!.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await DispatchAsync(_app);
        var week = await _smtp.WaitForAsync(_ => true, count: 6);
        var host = week.Single(m => To(m) == HostEmail).TextBody;
        var coachMail = week.Single(m => To(m) == "coach@sendcareers.test").TextBody;

        string[] shared = ["1 uses BSL (British Sign Language)", "1 needs step-free access", "2 have a job coach beside them", "1 finds crowds hard", "1 young person chose not to share their needs with employers"];
        string[] neverShared = ["Makaton", "quiet space", "loud noise"];
        foreach (var text in new[] { host, coachMail })
        {
            Assert.Contains("What the group needs", text, StringComparison.Ordinal);
            Assert.All(shared, line => Assert.Contains(line, text, StringComparison.Ordinal));
            Assert.All(neverShared, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        }

        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var page = await employer.GetAsync($"/my-organisation/encounters/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var needs = page.Document.QuerySelector("[data-testid=group-needs]")!.TextContent;
        Assert.All(shared, line => Assert.Contains(line, needs, StringComparison.Ordinal));
        Assert.All(neverShared, word => Assert.DoesNotContain(word, page.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(_app.Errors.Entries);
    }

    private static void Set(Data.Entities.YoungPerson person, bool share, CommunicationMethod communication, SupportFeature support, EnvironmentFactor avoid)
    {
        person.ConsentToShareSummary = share;
        person.Communication = communication;
        person.SupportNeeds = support;
        person.EnvironmentToAvoid = avoid;
    }
}
