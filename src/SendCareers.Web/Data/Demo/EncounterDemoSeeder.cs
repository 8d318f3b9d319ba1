using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Demo;

/// <summary>
/// For the demo coach's school with the demo employer: a workplace visit coming up, a talk held a
/// fortnight ago with its register marked, and a supported internship eight weeks in, with three
/// rotations planned and a support log whose hours are falling.
/// </summary>
public sealed class EncounterDemoSeeder(AppDbContext db, TimeProvider time) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(DemoContext context)
    {
        var now = time.GetUtcNow();
        var school = context.Schools[0];
        var employer = context.Employers[0];
        var coachId = await db.Users.Where(u => u.Email == DemoData.CoachEmail).Select(u => u.Id).SingleAsync();
        // The first three are left to the placement demo and to tests that seed their own placements.
        var people = await db.YoungPeople.Where(p => p.SchoolId == school.Id).OrderBy(p => p.Id).Skip(3).Take(5).ToListAsync();
        if (people.Count < 5)
        {
            return;
        }

        var today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        var visit = Encounter(employer, school, coachId, OpeningKind.EncounterVisit, "Behind the scenes at the hospital kitchen", today.AddDays(10), new(10, 0), new(11, 30), now);
        visit.Attendees.AddRange(people.Skip(1).Take(3).Select(p => new EncounterAttendee { YoungPersonId = p.Id }));

        var talk = Encounter(employer, school, coachId, OpeningKind.EncounterTalk, "Jobs in a hospital: a talk", today.AddDays(-14), new(13, 30), new(14, 30), now);
        talk.State = EncounterState.Held;
        var marks = new[] { AttendanceMark.Attended, AttendanceMark.Attended, AttendanceMark.Excused };
        talk.Attendees.AddRange(people.Skip(1).Take(3).Zip(marks).Select(x => new EncounterAttendee
        {
            YoungPersonId = x.First.Id, Attendance = x.Second, RecordedAtUtc = talk.EndsAtUtc.AddHours(1), RecordedByUserId = coachId,
        }));
        db.Encounters.AddRange(visit, talk);

        SeedInternship(people[0], employer, coachId, today, now);
    }

    private static Encounter Encounter(Employer employer, School school, string coachId, OpeningKind kind, string title, DateOnly on, TimeOnly from, TimeOnly to, DateTimeOffset now) => new()
    {
        EmployerId = employer.Id,
        SchoolId = school.Id,
        Kind = kind,
        Title = title,
        StartsAtUtc = UkTime.FromUk(on, from).UtcDateTime,
        EndsAtUtc = UkTime.FromUk(on, to).UtcDateTime,
        Location = $"Main reception, {employer.OrganisationName}, {employer.Postcode}",
        HostName = employer.ContactName,
        HostEmail = employer.ContactEmail,
        State = EncounterState.Scheduled,
        CreatedByUserId = coachId,
        CreatedAtUtc = now.UtcDateTime.AddDays(-30),
        Version = Guid.NewGuid(),
    };

    private void SeedInternship(YoungPerson person, Employer employer, string coachId, DateOnly today, DateTimeOffset now)
    {
        var start = today.AddDays(-56 - ((7 + (int)today.DayOfWeek - (int)DayOfWeek.Monday) % 7));
        var end = start.AddDays(251);
        var opening = new Opening
        {
            EmployerId = employer.Id,
            Kind = OpeningKind.SupportedInternship,
            Title = "Supported intern, hospital support services",
            Sector = Sector.HealthAndCare,
            Tasks = "Portering\nStores and deliveries\nWard hostess work",
            Postcode = employer.Postcode,
            OutwardCode = employer.OutwardCode,
            LocationKnown = employer.LocationKnown,
            Days = WeekDays.Weekdays,
            StartTime = new TimeOnly(9, 0),
            EndTime = new TimeOnly(15, 0),
            StartsOn = start,
            EndsOn = end,
            Places = 1,
            Status = OpeningStatus.Open,
            CreatedAtUtc = now.UtcDateTime.AddDays(-90),
            UpdatedAtUtc = now.UtcDateTime.AddDays(-90),
        };
        person.FamilyContactName ??= $"{person.PreferredName}'s parent";
        person.FamilyContactEmail ??= $"family.{person.PreferredName.ToLowerInvariant()}@sendcareers.test";
        var placement = new Placement
        {
            YoungPersonId = person.Id,
            Opening = opening,
            State = PlacementState.InProgress,
            ProposedAtUtc = now.UtcDateTime.AddDays(-80),
            ProposedByUserId = coachId,
            JobCoachUserId = coachId,
            StartsAtUtc = UkTime.FromUk(start, opening.StartTime!.Value).UtcDateTime,
            EndsAtUtc = UkTime.FromUk(end, opening.EndTime!.Value).UtcDateTime,
            SupervisorName = "Marcus Obi",
            SupervisorEmail = "support.services@sendcareers.test",
            TravelPlan = "Travel-trained on the 49 bus; job coach meets them at the stop on Mondays",
            MatchReasons = "Demo supported internship",
            Version = Guid.NewGuid(),
        };
        foreach (var (from, to, at) in new[]
        {
            (PlacementState.Proposed, PlacementState.Proposed, -80), (PlacementState.Proposed, PlacementState.Agreed, -75),
            (PlacementState.Agreed, PlacementState.Confirmed, -70), (PlacementState.Confirmed, PlacementState.InProgress, -56),
        })
        {
            placement.Transitions.Add(new PlacementTransitionRecord
            {
                From = from, To = to, AtUtc = now.UtcDateTime.AddDays(at),
                ByRole = to == PlacementState.InProgress ? ActorRole.System : to == PlacementState.Agreed ? ActorRole.Employer : ActorRole.JobCoach,
                ByUserId = to is PlacementState.Proposed or PlacementState.Confirmed ? coachId : null,
            });
        }

        placement.Rotations.AddRange(
        [
            new RotationRecord { Number = 1, Name = "Portering", StartsOn = start, EndsOn = start.AddDays(83) },
            new RotationRecord { Number = 2, Name = "Stores and deliveries", StartsOn = start.AddDays(84), EndsOn = start.AddDays(167) },
            new RotationRecord { Number = 3, Name = "Ward hostess", StartsOn = start.AddDays(168), EndsOn = end },
        ]);
        var hours = new[] { 15m, 14m, 12.5m, 11m, 9.5m, 8m, 7m, 6m };
        placement.SupportLog.AddRange(hours.Select((h, week) => new SupportLogEntry
        {
            WeekStarting = start.AddDays(7 * week),
            DirectSupportHours = h,
            NaturalSupports = week < 3 ? "Shadowing a porter" : "Team leader checks in at breaks",
            RecordedByUserId = coachId,
            RecordedAtUtc = now.UtcDateTime.AddDays((7 * week) - 50),
        }));
        db.Placements.Add(placement);
    }
}
