using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Privacy;

/// <summary>
/// Who looked at a young person's records is written down and cannot be rewritten; a hub administrator
/// can export everything held about a young person and erase it, leaving only anonymous counts.
/// </summary>
public sealed class SubjectAccessTests : IAsyncLifetime
{
    private readonly SendCareersApp _app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AuditLog_ShowsWhoViewedAProfile_AndCannotBeRewritten()
    {
        var (id, name) = await CoachPersonAsync();
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/young-people/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/young-people/{id}/matches")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await coach.GetAsync("/admin/audit")).Status);

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var log = await admin.GetAsync($"/admin/audit?youngPerson={id}");
        Assert.True(log.Status == HttpStatusCode.OK, string.Join("\n", _app.Errors.Entries));
        Assert.Equal($"Audit log for {name}", log.H1);
        var rows = log.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(rows, r => r[1].Contains("coach@sendcareers.test", StringComparison.Ordinal) && r[2] == "Viewed profile");
        Assert.Contains(rows, r => r[1].Contains("coach@sendcareers.test", StringComparison.Ordinal) && r[2] == "Viewed matches");

        // Append-only: changing or removing an entry is refused by the data layer.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEvents.FirstAsync();
            entry.Action = "Nothing to see";
            await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _app.WithDbAsync(async db =>
        {
            db.AuditEvents.Remove(await db.AuditEvents.FirstAsync());
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Admin_ExportsEverything_ThenErases_LeavingOnlyAnonymousCounts()
    {
        var (id, name) = await CoachPersonAsync();
        var hadEhcp = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == id).Select(p => p.HasEhcp).SingleAsync());
        using var coach = _app.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        var propose = (await coach.GetAsync($"/coach/young-people/{id}/matches")).Document.QuerySelector(".sc-match-list a[href*='/propose/']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await coach.SubmitAsync(propose, new Dictionary<string, object?>())).Status);
        var edited = await coach.SubmitAsync($"/coach/young-people/{id}/edit", new Dictionary<string, object?>
        {
            ["Input.Aspirations"] = "To work with animals at the city farm",
            ["Input.FamilyContactEmail"] = "mum@family.example",
            ["Input.HasEhcp"] = hadEhcp ? "no" : "yes", // from today, as the form suggests
        });
        Assert.True(edited.Status == HttpStatusCode.Redirect, string.Join("; ", edited.ErrorSummary));
        Assert.NotEqual(HttpStatusCode.OK, (await coach.GetAsync($"/admin/young-people/{id}/data")).Status);

        using var admin = _app.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");
        var page = await admin.GetAsync($"/admin/young-people/{id}/data");
        Assert.Equal($"Everything held about {name}", page.H1);
        Assert.Contains("To work with animals at the city farm", page.Text, StringComparison.Ordinal);

        var download = await admin.Http.GetAsync($"/admin/young-people/{id}/data?handler=json");
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal(name, json.RootElement.GetProperty("Profile").GetProperty("Preferred name").GetString());
        Assert.Equal("mum@family.example", json.RootElement.GetProperty("Profile").GetProperty("Family e-mail").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("Placements").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("ProfileChanges").EnumerateArray(), c => c.GetProperty("Field").GetString() == "Aspirations");
        Assert.Contains(json.RootElement.GetProperty("AuditLog").EnumerateArray(), a => a.GetProperty("Action").GetString() == "Changed profile");
        var statusChange = Assert.Single(json.RootElement.GetProperty("EhcpAndSchoolHistory").EnumerateArray());
        Assert.StartsWith(hadEhcp ? "No EHCP from " : "EHCP from ", statusChange.GetProperty("Change").GetString(), StringComparison.Ordinal);
        Assert.Equal("Tom Ellery", statusChange.GetProperty("RecordedBy").GetString());
        Assert.Contains(statusChange.GetProperty("Change").GetString()!, page.Text, StringComparison.Ordinal);

        // Erasing needs a clear yes.
        var refused = await admin.SubmitAsync($"/admin/young-people/{id}/data", new Dictionary<string, object?>(), action: $"/admin/young-people/{id}/data?handler=erase");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains($"Select yes to confirm that everything identifying {name} should be erased", refused.ErrorSummary);

        var dob = await _app.WithDbAsync(db => db.YoungPeople.Where(p => p.Id == id).Select(p => p.DateOfBirth).SingleAsync());

        // A reminder still waiting to go to the family, as the placement reminders schedule them.
        var placementId = await _app.WithDbAsync(db => db.Placements.Where(p => p.YoungPersonId == id).Select(p => p.Id).SingleAsync());
        await _app.WithDbAsync(async db =>
        {
            db.ScheduledMessages.Add(new ScheduledMessage
            {
                Kind = "briefing-family-1",
                DedupeKey = $"test-erasure-{placementId}",
                RecipientEmail = "mum@family.example",
                SubjectType = SendCareers.Web.Placements.PlacementReminders.SubjectType,
                SubjectId = placementId,
                DueAtUtc = DateTime.UtcNow.AddDays(3),
                NextAttemptAtUtc = DateTime.UtcNow.AddDays(3),
                MessageId = $"<test-erasure-{placementId}@sendcareers.test>",
                CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        var erased = await admin.SubmitAsync($"/admin/young-people/{id}/data", new Dictionary<string, object?> { ["Confirm"] = "yes" }, action: $"/admin/young-people/{id}/data?handler=erase");
        Assert.Equal(HttpStatusCode.Redirect, erased.Status);
        Assert.Equal("Record erased", (await admin.GetAsync(erased.Location!)).H1);

        var person = await _app.WithDbAsync(db => db.YoungPeople.SingleAsync(p => p.Id == id));
        Assert.Equal("Erased record", person.PreferredName);
        Assert.Null(person.Aspirations);
        Assert.Null(person.FamilyContactEmail);
        Assert.Null(person.HomePostcode);
        // The school-year cohort's last day: the same year group, and the same age on each 1 September.
        Assert.Equal(8, person.DateOfBirth.Month);
        Assert.Equal(31, person.DateOfBirth.Day);
        Assert.Equal(SendCareers.Domain.People.SchoolYear.AgeOn(dob, new DateOnly(2026, 9, 1)), SendCareers.Domain.People.SchoolYear.AgeOn(person.DateOfBirth, new DateOnly(2026, 9, 1)));
        Assert.Equal(SendCareers.Domain.People.SchoolYear.AcademicYearStarting(dob), SendCareers.Domain.People.SchoolYear.AcademicYearStarting(person.DateOfBirth));
        Assert.Equal(0, await _app.WithDbAsync(db => db.ProfileChanges.CountAsync(c => c.YoungPersonId == id)));

        // When the EHCP changed stays for the NDTi counts; who recorded it goes.
        var kept = Assert.Single(await _app.WithDbAsync(db => db.YoungPersonStatusChanges.Where(c => c.YoungPersonId == id).ToListAsync()));
        Assert.Equal(!hadEhcp, kept.HasEhcp);
        Assert.Equal(hadEhcp, kept.HadEhcpBefore);
        Assert.Null(kept.RecordedByUserId);
        Assert.Equal("", kept.RecordedByName);
        var placement = await _app.WithDbAsync(db => db.Placements.SingleAsync(p => p.YoungPersonId == id));
        Assert.Equal(PlacementState.Withdrawn, placement.State); // still counted, no longer live
        Assert.Null(placement.MatchReasons);
        var reminder = await _app.WithDbAsync(db => db.ScheduledMessages.SingleAsync(m => m.DedupeKey == $"test-erasure-{placementId}"));
        Assert.Equal(MessageState.Cancelled, reminder.State); // nothing more goes out about them
        Assert.Equal("erased@invalid", reminder.RecipientEmail);

        // Gone from every list and page; the erasure itself is in the audit log.
        Assert.DoesNotContain(name, (await coach.GetAsync("/coach/young-people")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/young-people/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/young-people/{id}/data")).Status);
        Assert.Contains("Erased the record", (await admin.GetAsync($"/admin/audit?youngPerson={id}")).Text, StringComparison.Ordinal);
        Assert.Empty(_app.Errors.Entries);
    }

    private Task<(int Id, string Name)> CoachPersonAsync() => _app.WithDbAsync(async db =>
    {
        var school = (await db.Users.SingleAsync(u => u.Email == "coach@sendcareers.test")).SchoolId;
        var person = await db.YoungPeople.Where(p => p.SchoolId == school).OrderBy(p => p.Id).FirstAsync();
        return (person.Id, person.PreferredName);
    });
}
