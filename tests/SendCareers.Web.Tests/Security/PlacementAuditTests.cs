using System.Net;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>Looking at or changing a placement is in the audit log, under the young person it is about.</summary>
public sealed class PlacementAuditTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ViewsAndChangesOfAPlacement_AreLoggedWithWhoDidThem()
    {
        var employerId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync());
        var placement = await _app.WithDbAsync(db => db.Placements
            .Where(p => p.State == PlacementState.Proposed && p.Opening!.EmployerId == employerId)
            .Select(p => new { p.Id, p.YoungPersonId, p.YoungPerson!.PreferredName }).FirstAsync());

        using var employer = _app.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        var accepted = await employer.SubmitAsync($"/my-organisation/placements/{placement.Id}", new Dictionary<string, object?>
        {
            ["SupervisorName"] = "Priya Shah",
            ["SupervisorEmail"] = "priya@example.org",
        }, action: $"/my-organisation/placements/{placement.Id}?handler=Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync($"/my-organisation/placements/{placement.Id}/briefing")).Status);

        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/placements/{placement.Id}")).Status);

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var log = await admin.GetAsync($"/admin/audit?youngPerson={placement.YoungPersonId}");
        var rows = log.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var onThisPlacement = rows.Where(r => r[3] == $"Placement {placement.Id}").ToList();
        Assert.Contains(onThisPlacement, r => r[1].Contains("employer@sendcareers.test", StringComparison.Ordinal) && r[2] == "Moved the placement from proposed to agreed");
        Assert.Contains(onThisPlacement, r => r[1].Contains("employer@sendcareers.test", StringComparison.Ordinal) && r[2].Contains("the briefing pack", StringComparison.Ordinal));
        Assert.Contains(onThisPlacement, r => r[1].Contains("coach@sendcareers.test", StringComparison.Ordinal) && r[2] == "Viewed the placement");

        // Another young person's log does not show this placement.
        var other = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id != placement.YoungPersonId && !db.Placements.Any(x => x.YoungPersonId == p.Id)).Select(p => p.Id).FirstAsync());
        var otherLog = await admin.GetAsync($"/admin/audit?youngPerson={other}");
        Assert.DoesNotContain($"Placement {placement.Id}", otherLog.Text, StringComparison.Ordinal);
        Assert.True(await _app.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.SubjectType == AuditTrail.Placement && a.SubjectId == placement.Id.ToString())));
    }
}
