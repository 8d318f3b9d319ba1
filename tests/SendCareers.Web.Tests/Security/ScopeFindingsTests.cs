using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Openings;
using SendCareers.Web.Security;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>The three scope findings of the outside review (issue #14), each replayed as reported.</summary>
public sealed class ScopeFindingsTests(ScopeFindingsTests.AppFixture fixture) : IClassFixture<ScopeFindingsTests.AppFixture>
{
    public sealed class AppFixture : SendCareersApp
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private PostedFieldSweepTests.World? _world;

        public async Task<PostedFieldSweepTests.World> WorldAsync()
        {
            await _gate.WaitAsync();
            try
            {
                return _world ??= await ScopeWorld.SeedAsync(this);
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Finding1_CoachCannotMoveAnotherSchoolsOpeningToTheirEmployer_AndTheEmployerSeesNothing()
    {
        var w = await fixture.WorldAsync();
        var before = await fixture.WithDbAsync(db => db.Openings.AsNoTracking().SingleAsync(o => o.Id == w.OtherEmployerOpeningId));
        var audits = await fixture.WithDbAsync(db => db.AuditEvents.CountAsync());
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var moved = await coach.SubmitAsync($"/coach/openings/{w.OtherEmployerOpeningId}/edit", new Dictionary<string, object?> { ["Input.EmployerId"] = Text(w.KirkgateEmployerId) });

        Assert.Equal(HttpStatusCode.BadRequest, moved.Status);
        Assert.Contains(OpeningScope.OnlyAdminsMoveMessage, moved.ErrorSummary);
        Assert.Equal(OpeningScope.OnlyAdminsMoveMessage, moved.FieldError("employer-id"));
        var after = await fixture.WithDbAsync(db => db.Openings.AsNoTracking().SingleAsync(o => o.Id == w.OtherEmployerOpeningId));
        Assert.Equal(before.EmployerId, after.EmployerId);
        Assert.Equal(before.UpdatedAtUtc, after.UpdatedAtUtc);
        Assert.Equal(audits, await fixture.WithDbAsync(db => db.AuditEvents.CountAsync()));

        using var employer = fixture.CreateFormClient();
        await employer.SignInAsync("employer@sendcareers.test");
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/my-organisation/placements/{w.HollinPlacementId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync($"/my-organisation/placements/{w.HollinPlacementId}/briefing")).Status);
    }

    [Fact]
    public async Task Finding1_AdminCannotMoveAnOpeningWithPlacements_ButMovesAnUnusedOne_Audited()
    {
        var w = await fixture.WorldAsync();
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        var refused = await admin.SubmitAsync($"/coach/openings/{w.KitchenOpeningId}/edit", new Dictionary<string, object?> { ["Input.EmployerId"] = Text(w.OtherEmployerId) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(OpeningScope.InUseMessage, refused.ErrorSummary);
        Assert.Equal(OpeningScope.InUseMessage, refused.FieldError("employer-id"));
        Assert.Equal(w.KirkgateEmployerId, await fixture.WithDbAsync(db => db.Openings.Where(o => o.Id == w.KitchenOpeningId).Select(o => o.EmployerId).SingleAsync()));

        var unused = await fixture.WithDbAsync(async db =>
        {
            var opening = ScopeWorld.NewOpening(await db.Employers.SingleAsync(e => e.Id == w.OtherEmployerId), "Forklift safety talk", DateTime.UtcNow);
            db.Openings.Add(opening);
            await db.SaveChangesAsync();
            return opening.Id;
        });
        var moved = await admin.SubmitAsync($"/coach/openings/{unused}/edit", new Dictionary<string, object?> { ["Input.EmployerId"] = Text(w.KirkgateEmployerId) });
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(w.KirkgateEmployerId, await fixture.WithDbAsync(db => db.Openings.Where(o => o.Id == unused).Select(o => o.EmployerId).SingleAsync()));
        var audit = await fixture.WithDbAsync(db => db.AuditEvents.SingleAsync(a => a.SubjectType == OpeningScope.AuditSubject && a.SubjectId == Text(unused)));
        Assert.Equal("Changed the employer of an opening", audit.Action);
        Assert.Equal($"Employer {w.OtherEmployerId} to employer {w.KirkgateEmployerId}", audit.Detail);
    }

    [Fact]
    public async Task Finding2_AnUnapprovedEmployersOpeningIsADraftCoachesNeverSee_UntilTheHubApproves()
    {
        var w = await fixture.WorldAsync();
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");
        Assert.DoesNotContain(ScopeWorld.PendingOpeningTitle, (await coach.GetAsync("/coach/openings")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/openings/{w.PendingOpeningId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/openings/{w.PendingOpeningId}/edit")).Status);
        Assert.DoesNotContain(ScopeWorld.PendingOpeningTitle, (await coach.GetAsync("/coach")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ScopeWorld.PendingOpeningTitle, (await coach.GetAsync($"/coach/young-people/{w.BrookfieldPersonId}/matches")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(ScopeWorld.PendingOpeningTitle, (await coach.GetAsync("/coach/cohort")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/coach/young-people/{w.BrookfieldPersonId}/propose/{w.PendingOpeningId}")).Status);
        var placements = await fixture.WithDbAsync(db => db.Placements.CountAsync());
        var propose = await coach.PostAsync($"/coach/young-people/{w.BrookfieldPersonId}/propose/{w.PendingOpeningId}", [new("OverrideReason", "Looks good")]);
        Assert.True(propose.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"Proposing answered {(int)propose.Status}");
        Assert.Equal(placements, await fixture.WithDbAsync(db => db.Placements.CountAsync()));

        // The organisation's own contact still sees and changes it, and is told why coaches do not.
        using var pending = fixture.CreateFormClient();
        await fixture.WithDbAsync(async db =>
        {
            var users = fixture.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "paul@moorside.test", Email = "paul@moorside.test", EmailConfirmed = true, DisplayName = "Paul Greaves", EmployerId = w.PendingEmployerId, CreatedAtUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, "SendCareers-Demo-1")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Employer)).Succeeded);
            await db.SaveChangesAsync();
        });
        await pending.SignInAsync("paul@moorside.test");
        var own = await pending.GetAsync("/my-organisation/openings");
        Assert.Contains(ScopeWorld.PendingOpeningTitle, own.Text, StringComparison.Ordinal);
        Assert.Contains(SendCareers.Web.Data.OpeningVisibility.AwaitingApprovalMessage, own.Text, StringComparison.Ordinal);
        var edit = await pending.GetAsync($"/my-organisation/openings/{w.PendingOpeningId}/edit");
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Contains(SendCareers.Web.Data.OpeningVisibility.AwaitingApprovalMessage, edit.Text, StringComparison.Ordinal);

        await fixture.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == w.PendingEmployerId)).Status = EmployerStatus.Approved;
            await db.SaveChangesAsync();
        });
        try
        {
            Assert.Contains(ScopeWorld.PendingOpeningTitle, (await coach.GetAsync("/coach/openings")).Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/coach/openings/{w.PendingOpeningId}")).Status);
            Assert.DoesNotContain(SendCareers.Web.Data.OpeningVisibility.AwaitingApprovalMessage, (await pending.GetAsync("/my-organisation/openings")).Text, StringComparison.Ordinal);
        }
        finally
        {
            await fixture.WithDbAsync(async db =>
            {
                (await db.Employers.SingleAsync(e => e.Id == w.PendingEmployerId)).Status = EmployerStatus.AwaitingApproval;
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Finding3_CoachCannotPutAnotherSchoolsYoungPeopleOnTheirEncounter()
    {
        var w = await fixture.WorldAsync();
        var before = await Group(w.BrookfieldEncounterId);
        using var coach = fixture.CreateFormClient();
        await coach.SignInAsync("coach@sendcareers.test");

        var result = await coach.SubmitAsync($"/coach/encounters/{w.BrookfieldEncounterId}/edit", new Dictionary<string, object?> { ["Input.YoungPeople"] = new[] { Text(w.HollinPersonId) } });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.NotEmpty(result.ErrorSummary);
        Assert.NotNull(result.FieldError("young-people"));
        Assert.Equal(before, await Group(w.BrookfieldEncounterId));
    }

    [Fact]
    public async Task Finding3_AnAdminsNewGroupTakesTheEncounterToItsSchool_OrIsRefusedWhenTheRegisterIsMarked()
    {
        var w = await fixture.WorldAsync();
        using var admin = fixture.CreateFormClient();
        await admin.SignInAsync("admin@sendcareers.test");

        // The Brookfield visit has a marked young person, who stays: another school's group is refused.
        var before = await Group(w.BrookfieldEncounterId);
        var refused = await admin.SubmitAsync($"/coach/encounters/{w.BrookfieldEncounterId}/edit", new Dictionary<string, object?> { ["Input.YoungPeople"] = new[] { Text(w.HollinPersonId) } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(EncounterWorkflow.MarkedStayMessage, refused.ErrorSummary);
        Assert.Equal(EncounterWorkflow.MarkedStayMessage, refused.FieldError("young-people"));
        Assert.Equal(before, await Group(w.BrookfieldEncounterId));

        // An unmarked encounter moves with its group: Hollin's coach sees it, Brookfield's no longer does.
        var encounterId = await fixture.WithDbAsync(async db =>
        {
            var source = await db.Encounters.AsNoTracking().SingleAsync(e => e.Id == w.HollinEncounterId);
            var copy = new Encounter
            {
                EmployerId = source.EmployerId, SchoolId = w.BrookfieldSchoolId, Kind = source.Kind, Title = "Brookfield warehouse visit",
                StartsAtUtc = source.StartsAtUtc, EndsAtUtc = source.EndsAtUtc, Location = source.Location, HostName = source.HostName, HostEmail = source.HostEmail,
                State = source.State, CreatedAtUtc = source.CreatedAtUtc, Version = Guid.NewGuid(),
                Attendees = [new EncounterAttendee { YoungPersonId = w.BrookfieldPersonId }],
            };
            db.Encounters.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });
        var moved = await admin.SubmitAsync($"/coach/encounters/{encounterId}/edit", new Dictionary<string, object?> { ["Input.YoungPeople"] = new[] { Text(w.HollinPersonId) } });
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(w.HollinSchoolId, await fixture.WithDbAsync(db => db.Encounters.Where(e => e.Id == encounterId).Select(e => e.SchoolId).SingleAsync()));
        using var brookfield = fixture.CreateFormClient();
        await brookfield.SignInAsync("coach@sendcareers.test");
        Assert.Equal(HttpStatusCode.NotFound, (await brookfield.GetAsync($"/coach/encounters/{encounterId}/attendance")).Status);
        using var hollin = fixture.CreateFormClient();
        await hollin.SignInAsync("coach.hollin@sendcareers.test");
        Assert.Equal(HttpStatusCode.OK, (await hollin.GetAsync($"/coach/encounters/{encounterId}")).Status);
    }

    private Task<string> Group(int encounterId) => fixture.WithDbAsync(async db =>
    {
        var e = await db.Encounters.AsNoTracking().Include(x => x.Attendees).SingleAsync(x => x.Id == encounterId);
        return $"{e.SchoolId}|{e.Version}|{string.Join(',', e.Attendees.OrderBy(a => a.YoungPersonId).Select(a => $"{a.YoungPersonId}:{a.Attendance}"))}";
    });
}
