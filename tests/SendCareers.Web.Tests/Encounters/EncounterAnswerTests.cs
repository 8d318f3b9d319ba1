using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;
using static SendCareers.Web.Tests.Encounters.EncounterWorld;
using static SendCareers.Web.Tests.Placements.PlacementWorld;

namespace SendCareers.Web.Tests.Encounters;

/// <summary>
/// Nobody waits on an encounter either: when a coach books one, the employer's contacts are asked by
/// e-mail whether they can host it and see it in "Needs you"; a "no" needs a reason and tells the coach,
/// who sees it in their own "Needs you"; a change of date asks again. Another organisation cannot answer.
/// </summary>
public sealed class EncounterAnswerTests : IAsyncLifetime
{
    private const string PublicAddress = "https://careers.example.org";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private SmtpSink _smtp = default!;
    private SendCareersApp _app = default!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpSink.StartAsync();
        _app = new SendCareersApp().WithSmtp(_smtp).WithClock(Monday).Set("Site:BaseUrl", PublicAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Booked_EmployerAskedAndAnswers_NoNeedsAReason_TheCoachIsTold_AChangeAsksAgain()
    {
        var group = await GroupAsync(_app);
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var waitingBefore = await CountAsync(employer, "/my-organisation", "encounters-to-answer");

        var booked = await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2026, 12, 9), group.Select(p => p.Id)));
        Assert.True(booked.Status == HttpStatusCode.Redirect, string.Join("; ", booked.ErrorSummary));
        var id = IdFrom(booked);
        var page = $"/my-organisation/encounters/{id}";

        // The employer's contact is asked, with the group as a number and the link to answer.
        await DispatchAsync(_app);
        var ask = Assert.Single(await _smtp.WaitForAsync(m => m.Subject?.StartsWith("Can you host", StringComparison.Ordinal) == true, count: 1));
        Assert.Equal("employer@sendcareers.test", To(ask));
        Assert.Equal("Can you host \"Behind the scenes in the kitchen\" Wednesday 9 December 2026?", ask.Subject);
        Assert.Contains("for a group of 2 young people", ask.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{PublicAddress}{page}", ask.TextBody, StringComparison.Ordinal);
        Assert.All(group, p => Assert.DoesNotContain(p.Name, ask.TextBody, StringComparison.Ordinal));
        Assert.Equal(waitingBefore + 1, await CountAsync(employer, "/my-organisation", "encounters-to-answer"));
        Assert.Contains("Waiting for your answer", (await employer.GetAsync(page)).Document.QuerySelector("[data-testid=employer-answer]")!.TextContent, StringComparison.Ordinal);

        // "No" without a reason: a clear message beside the field, nothing saved, nobody told.
        var noReason = await employer.SubmitAsync(page, new Dictionary<string, object?> { ["CannotReason"] = "  " }, action: $"{page}?handler=Cannot");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Equal(["Say why you cannot host it, so the job coach can find another date or employer"], noReason.ErrorSummary);
        Assert.NotNull(noReason.Document.QuerySelector("#cannot-reason-error"));
        Assert.Null(await _app.WithDbAsync(db => db.Encounters.Where(e => e.Id == id).Select(e => e.EmployerCannotReason).SingleAsync()));

        // Another organisation's contact cannot answer for it.
        var other = await OtherEmployerContactAsync(employerId);
        using var stranger = _app.CreateFormClient();
        await stranger.SignInAsync(other);
        var version = await _app.WithDbAsync(db => db.Encounters.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        var foreign = await stranger.SubmitAsync("/e-mail-settings", new Dictionary<string, object?> { ["Version"] = version.ToString() }, postTo: $"{page}?handler=CanHost");
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);

        // "No" with a reason: saved, audited, and the coach hears why and sees it in "Needs you".
        _smtp.Clear();
        var no = await employer.SubmitAsync(page, new Dictionary<string, object?> { ["CannotReason"] = "Our kitchen is closed for a deep clean that week" }, action: $"{page}?handler=Cannot");
        Assert.True(no.Status == HttpStatusCode.Redirect, string.Join("; ", no.ErrorSummary));
        await DispatchAsync(_app);
        var told = Assert.Single(await _smtp.WaitForAsync(m => To(m) == "coach@sendcareers.test", count: 1));
        Assert.StartsWith("Cannot host:", told.Subject, StringComparison.Ordinal);
        Assert.Contains("They said: \"Our kitchen is closed for a deep clean that week\"", told.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{PublicAddress}/coach/encounters/{id}", told.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(coach, "/coach", "encounters-cannot"));
        Assert.Contains("Cannot host it", (await coach.GetAsync($"/coach/encounters/{id}")).Document.QuerySelector("[data-testid=employer-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(waitingBefore, await CountAsync(employer, "/my-organisation", "encounters-to-answer"));
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "Employer cannot host the encounter" && a.SubjectId == id.ToString())));

        // The coach moves it to another day: the employer is asked again, and says yes.
        _smtp.Clear();
        var edit = $"/coach/encounters/{id}/edit";
        var moved = await coach.SubmitAsync(edit, Form(employerId, new DateOnly(2026, 12, 16), group.Select(p => p.Id)));
        Assert.True(moved.Status == HttpStatusCode.Redirect, string.Join("; ", moved.ErrorSummary));
        await DispatchAsync(_app);
        var again = Assert.Single(await _smtp.WaitForAsync(m => m.Subject?.StartsWith("Can you host", StringComparison.Ordinal) == true, count: 1));
        Assert.EndsWith("Wednesday 16 December 2026?", again.Subject, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(coach, "/coach", "encounters-cannot"));
        var yes = await employer.SubmitAsync(page, new Dictionary<string, object?>(), action: $"{page}?handler=CanHost");
        Assert.True(yes.Status == HttpStatusCode.Redirect, string.Join("; ", yes.ErrorSummary));
        Assert.Equal(waitingBefore, await CountAsync(employer, "/my-organisation", "encounters-to-answer"));
        Assert.Contains("Can host it", (await coach.GetAsync($"/coach/encounters/{id}")).Document.QuerySelector("[data-testid=employer-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(_app.Errors.Entries);
    }

    [Fact]
    public async Task AnAnswerToATimeSinceChanged_IsRefused_AndTheNewTimeShown()
    {
        var group = await GroupAsync(_app);
        var employerId = await EmployerIdAsync(_app);
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var id = IdFrom(await coach.SubmitAsync("/coach/encounters/new", Form(employerId, new DateOnly(2026, 12, 9), group.Select(p => p.Id))));
        var page = $"/my-organisation/encounters/{id}";
        var seen = await employer.GetAsync(page);
        var answer = FormClient.ValuesOf(seen.FindForm($"{page}?handler=CanHost")!);

        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync($"/coach/encounters/{id}/edit", Form(employerId, new DateOnly(2026, 12, 10), group.Select(p => p.Id)))).Status);
        var stale = await employer.PostAsync($"{page}?handler=CanHost", answer);
        Assert.Equal(HttpStatusCode.BadRequest, stale.Status);
        Assert.Contains("Someone else changed this encounter", string.Join(" ", stale.ErrorSummary), StringComparison.Ordinal);
        Assert.Contains("10 December 2026", stale.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(await _app.WithDbAsync(db => db.Encounters.Where(e => e.Id == id).Select(e => e.EmployerConfirmedAtUtc).SingleAsync()));
    }

    /// <summary>A signed-up contact of another approved employer.</summary>
    private async Task<string> OtherEmployerContactAsync(int notThisEmployer)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var other = await db.Employers.Where(e => e.Id != notThisEmployer && e.Status == EmployerStatus.Approved).Select(e => e.Id).FirstAsync();
        var user = new AppUser { UserName = "other.contact@example.org", Email = "other.contact@example.org", EmailConfirmed = true, DisplayName = "Other Contact", EmployerId = other };
        Assert.True((await users.CreateAsync(user, "SendCareers-Demo-1")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Web.Security.Roles.Employer)).Succeeded);
        return user.Email;
    }

    /// <summary>The count of one "Needs you" item on a dashboard (0 when it is not listed).</summary>
    private static async Task<int> CountAsync(FormClient client, string dashboard, string item)
    {
        var page = await client.GetAsync(dashboard);
        var element = page.Document.QuerySelector($"[data-testid=needs-you-{item}]");
        return element is null ? 0 : int.Parse(new string(element.TextContent.Trim().TakeWhile(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }
}
