using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Security;

/// <summary>
/// The demo hub with a little more, so that every school and employer the scope tests use owns records:
/// an open opening of an employer not yet approved, a Hollin Park placement with another employer, a
/// Hollin Park encounter, and a Brookfield Lane encounter whose register already has one mark.
/// </summary>
public static class ScopeWorld
{
    public const string PendingOpeningTitle = "Unvetted: plant nursery helper";

    public static async Task<PostedFieldSweepTests.World> SeedAsync(SendCareersApp app)
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return await app.WithDbAsync(async db =>
        {
            var brookfield = await db.Schools.SingleAsync(s => s.Name == "Brookfield Lane School");
            var hollin = await db.Schools.SingleAsync(s => s.Name == "Hollin Park Academy");
            var brookfieldPerson = await db.YoungPeople.Where(p => p.SchoolId == brookfield.Id && p.ErasedAtUtc == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var hollinPeople = await db.YoungPeople.Where(p => p.SchoolId == hollin.Id && p.ErasedAtUtc == null).OrderBy(p => p.Id).Take(3).ToListAsync();
            var kirkgate = await db.Users.Where(u => u.Email == "employer@sendcareers.test").Select(u => u.EmployerId!.Value).SingleAsync();
            var other = await db.Employers.SingleAsync(e => e.OrganisationName == "Aire Valley Logistics");
            var pending = await db.Employers.SingleAsync(e => e.OrganisationName == "Moorside Garden Centre");
            var otherOpening = await db.Openings.Where(o => o.EmployerId == other.Id).OrderBy(o => o.Id).FirstAsync();
            var kitchen = await db.Openings.SingleAsync(o => o.Title == "Hospital kitchen assistant");

            var pendingOpening = NewOpening(pending, PendingOpeningTitle, now);
            db.Openings.Add(pendingOpening);

            var hollinPlacement = new Placement
            {
                YoungPersonId = hollinPeople[0].Id,
                OpeningId = otherOpening.Id,
                State = PlacementState.Proposed,
                ProposedAtUtc = now,
                MatchReasons = "Scope test placement",
                Version = Guid.NewGuid(),
            };
            db.Placements.Add(hollinPlacement);

            var start = now.Date.AddDays(10).AddHours(10);
            var hollinEncounter = new Encounter
            {
                EmployerId = other.Id,
                SchoolId = hollin.Id,
                Kind = OpeningKind.EncounterVisit,
                Title = "Warehouse visit for Hollin Park",
                StartsAtUtc = start,
                EndsAtUtc = start.AddHours(1),
                Location = "Aire Valley Logistics, front gate",
                HostName = other.ContactName,
                HostEmail = other.ContactEmail,
                State = EncounterState.Scheduled,
                CreatedAtUtc = now,
                Version = Guid.NewGuid(),
                Attendees = [.. hollinPeople.Skip(1).Select(p => new EncounterAttendee { YoungPersonId = p.Id })],
            };
            db.Encounters.Add(hollinEncounter);

            // The demo's coming visit, with one young person already marked as excused: that mark is
            // evidence and stays on the register whatever the group becomes.
            var visit = await db.Encounters.Include(e => e.Attendees).SingleAsync(e => e.Title == "Behind the scenes at the hospital kitchen");
            visit.Attendees[0].Attendance = AttendanceMark.Excused;
            visit.Attendees[0].RecordedAtUtc = now;
            await db.SaveChangesAsync();

            var brookfieldPlacements = await db.Placements
                .Where(p => p.Opening!.EmployerId == kirkgate && p.YoungPerson!.SchoolId == brookfield.Id)
                .OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync();
            return new PostedFieldSweepTests.World(
                brookfield.Id, hollin.Id, brookfieldPerson, hollinPeople[0].Id, kirkgate, other.Id, otherOpening.Id,
                pending.Id, pendingOpening.Id, kitchen.Id, brookfieldPlacements, hollinPlacement.Id, visit.Id, hollinEncounter.Id);
        });
    }

    public static Opening NewOpening(Employer employer, string title, DateTime now) => new()
    {
        EmployerId = employer.Id,
        Kind = OpeningKind.WorkExperience,
        Title = title,
        Sector = Sector.Gardening,
        Tasks = "Watering plants\nHelping customers",
        Postcode = employer.Postcode,
        OutwardCode = employer.OutwardCode,
        LocationKnown = employer.LocationKnown,
        Days = WeekDays.Weekdays,
        Places = 5,
        Status = OpeningStatus.Open,
        CreatedAtUtc = now,
        UpdatedAtUtc = now,
    };
}
