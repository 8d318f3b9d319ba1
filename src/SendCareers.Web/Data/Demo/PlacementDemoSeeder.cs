using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Data.Demo;

/// <summary>
/// Two demo placements with the demo employer, for the demo coach's school: one waiting for the employer
/// to accept, one accepted and waiting for the coach to confirm, so the whole journey can be tried.
/// </summary>
public sealed class PlacementDemoSeeder(AppDbContext db, TimeProvider time) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(DemoContext context)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var school = context.Schools[0];
        var employer = context.Employers[0];
        var coachId = await db.Users.Where(u => u.Email == DemoData.CoachEmail).Select(u => u.Id).SingleAsync();
        var people = await db.YoungPeople.Where(p => p.SchoolId == school.Id).OrderBy(p => p.Id).Skip(1).Take(2).ToListAsync();
        if (people.Count < 2)
        {
            return;
        }

        var opening = new Opening
        {
            EmployerId = employer.Id,
            Kind = OpeningKind.WorkExperience,
            Title = "Hospital kitchen assistant",
            Sector = Sector.Catering,
            Tasks = "Preparing salads and sandwiches\nWashing up\nStocking the fridges",
            Postcode = employer.Postcode,
            Address = $"{employer.OrganisationName}, Harehills Road, Leeds",
            MeetingPoint = "main reception at Gate B: ask for the kitchen supervisor",
            OutwardCode = employer.OutwardCode,
            LocationKnown = employer.LocationKnown,
            Days = WeekDays.Weekdays,
            StartTime = new TimeOnly(9, 30),
            EndTime = new TimeOnly(14, 30),
            Places = 2,
            SupportOffered = SupportFeature.NamedSupervisor | SupportFeature.JobCoachWelcome | SupportFeature.QuietSpace,
            Status = OpeningStatus.Open,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        db.Openings.Add(opening);

        foreach (var (person, state) in people.Zip([PlacementState.Proposed, PlacementState.Agreed]))
        {
            person.FamilyContactName ??= $"{person.PreferredName}'s parent";
            person.FamilyContactEmail ??= $"family.{person.PreferredName.ToLowerInvariant()}@sendcareers.test";
            var placement = new Placement
            {
                YoungPersonId = person.Id,
                Opening = opening,
                State = state,
                ProposedAtUtc = now.AddDays(-3),
                ProposedByUserId = coachId,
                JobCoachUserId = coachId,
                MatchReasons = "Demo placement",
                Version = Guid.NewGuid(),
            };
            placement.Transitions.Add(new PlacementTransitionRecord
            {
                From = PlacementState.Proposed, To = PlacementState.Proposed, AtUtc = now.AddDays(-3), ByUserId = coachId, ByRole = ActorRole.JobCoach, Reason = "Proposed from the ranked matches",
            });
            if (state == PlacementState.Agreed)
            {
                placement.SupervisorName = "Grace Lindqvist";
                placement.SupervisorEmail = "kitchen.supervisor@sendcareers.test";
                placement.Transitions.Add(new PlacementTransitionRecord
                {
                    From = PlacementState.Proposed, To = PlacementState.Agreed, AtUtc = now.AddDays(-1), ByRole = ActorRole.Employer,
                    ByUserId = await db.Users.Where(u => u.Email == DemoData.EmployerEmail).Select(u => u.Id).SingleAsync(),
                });
            }

            db.Placements.Add(placement);
        }
    }
}
