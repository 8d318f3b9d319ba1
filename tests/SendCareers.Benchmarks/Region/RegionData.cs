using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Benchmarks.Region;

/// <summary>
/// A region's hub after five years, written through the app's own model on top of the demo hub (so the
/// demo accounts can sign in and see it): 150 schools and colleges, 15,000 young people, 3,000 employers,
/// 10,000 openings, 40,000 placements, 60,000 encounters with about 636,000 attendance rows, 200,000
/// scheduled messages and 1,000,000 audit rows at scale 1. <paramref name="scale"/> multiplies every count
/// (0.1 for a quick look). A fixed seed, so every run writes the same hub.
/// </summary>
public sealed class RegionData(IServiceProvider services, double scale, TextWriter log)
{
    public const int Seed = 2026;

    private readonly Random _random = new(Seed);
    private string[] _outcodes = [];

    public int Count(int atScaleOne) => Math.Max(1, (int)Math.Round(atScaleOne * scale));

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        _outcodes = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "uk-outcodes.csv")).Skip(1)
            .Select(l => l.Split(',')[0]).Where(o => o.StartsWith("LS", StringComparison.Ordinal) || o.StartsWith("BD", StringComparison.Ordinal)
                || o.StartsWith("WF", StringComparison.Ordinal) || o.StartsWith("HX", StringComparison.Ordinal) || o.StartsWith("HD", StringComparison.Ordinal))
            .ToArray();
        var now = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();

        string coach;
        int hub;
        List<int> schools;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            coach = await db.Users.Where(u => u.Email == "coach@sendcareers.test").Select(u => u.Id).SingleAsync(cancellationToken);
            hub = await db.Hubs.Select(h => h.Id).FirstAsync(cancellationToken);
            schools = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        // Schools and colleges: the demo's, and new ones up to 150.
        var newSchools = Enumerable.Range(0, Math.Max(0, Count(150) - schools.Count)).Select(i =>
        {
            var outcode = Pick(_outcodes);
            return new School
            {
                HubId = hub,
                Name = $"{Pick(Places)} {Pick(SchoolWords)} {(i % 5 == 4 ? "College" : "School")} {i + 1}",
                Kind = i % 5 == 4 ? SchoolKind.SpecialCollege : SchoolKind.SpecialSchool,
                LocalAuthority = "Region",
                Postcode = $"{outcode} {1 + (i % 9)}AB",
                OutwardCode = outcode,
                Version = Guid.NewGuid(),
            };
        }).ToList();
        await SaveAsync(newSchools, cancellationToken);
        schools.AddRange(newSchools.Select(s => s.Id));
        log.WriteLine($"schools: {schools.Count} ({watch.Elapsed.TotalSeconds:0.0} s)");

        // Young people, spread evenly, so the demo coach's school holds a region school's share.
        var today = DateOnly.FromDateTime(now);
        var people = Enumerable.Range(0, Count(15_000)).Select(i => new YoungPerson
        {
            SchoolId = schools[i % schools.Count],
            PreferredName = $"{Pick(FirstNames)} {Pick(Surnames)}",
            LegalFirstName = null,
            DateOfBirth = today.AddYears(-14 - _random.Next(0, 11)).AddDays(-_random.Next(0, 365)),
            HasEhcp = _random.NextDouble() < 0.8,
            HomeOutwardCode = Pick(_outcodes),
            HomeLocationKnown = true,
            Interests = [Pick(Sectors), Pick(Sectors)],
            WantsToTry = i % 3 == 0 ? [] : [Pick(Sectors)],
            Strengths = i % 7 == 0 ? null : "Careful, friendly, good with routines",
            AvailableDays = WeekDays.Weekdays,
            MaxHoursPerWeek = 10 + (5 * _random.Next(0, 5)),
            MaxTravelKm = 15,
            ConsentToShareSummary = true,
            LeftOn = i % 10 == 0 ? today.AddYears(-1 - _random.Next(0, 4)) : null,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        }).ToList();
        await SaveAsync(people, cancellationToken);
        var bySchool = people.GroupBy(p => p.SchoolId).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToArray());
        log.WriteLine($"young people: {people.Count} ({watch.Elapsed.TotalSeconds:0.0} s)");

        var employers = Enumerable.Range(0, Count(3_000)).Select(i =>
        {
            var outcode = Pick(_outcodes);
            return new Employer
            {
                OrganisationName = $"{Pick(Places)} {Pick(EmployerWords)} {i + 1}",
                ContactName = $"{Pick(FirstNames)} {Pick(Surnames)}",
                ContactEmail = $"contact{i + 1}@employer{i + 1}.example",
                Postcode = $"{outcode} {1 + (i % 9)}CD",
                OutwardCode = outcode,
                LocationKnown = true,
                Sectors = [Pick(Sectors), Pick(Sectors)],
                Size = (OrganisationSize)(1 + (i % 4)),
                Offers = [OfferKind.TalkOrAssembly, OfferKind.WorkplaceVisit, OfferKind.WorkExperience],
                HoursPledgedPerYear = i % 10 == 0 ? 40 : 0,
                IsCornerstone = i % 10 == 0,
                Days = WeekDays.Weekdays,
                Times = TimeSlots.Mornings | TimeSlots.Afternoons,
                ListPublicly = i % 2 == 0,
                ConsentToContact = true,
                Status = i % 20 == 0 ? EmployerStatus.AwaitingApproval : EmployerStatus.Approved,
                CreatedAtUtc = now.AddDays(-_random.Next(0, 1800)),
                VerifiedAtUtc = now,
            };
        }).ToList();
        await SaveAsync(employers, cancellationToken);
        var approved = employers.Where(e => e.Status == EmployerStatus.Approved).ToArray();
        log.WriteLine($"employers: {employers.Count} ({watch.Elapsed.TotalSeconds:0.0} s)");

        OpeningKind[] placementKinds = [OpeningKind.WorkExperience, OpeningKind.WorkExperience, OpeningKind.ExtendedPlacement, OpeningKind.SupportedInternship, OpeningKind.Apprenticeship];
        var openings = Enumerable.Range(0, Count(10_000)).Select(i =>
        {
            var employer = approved[i % approved.Length];
            var kind = placementKinds[i % placementKinds.Length];
            var starts = today.AddDays(-1800 + _random.Next(0, 1900));
            var sector = employer.Sectors[i % employer.Sectors.Count];
            return new Opening
            {
                EmployerId = employer.Id,
                Kind = kind,
                Title = $"{sector} {(kind == OpeningKind.SupportedInternship ? "internship" : "work experience")} {i + 1}",
                Sector = sector,
                Tasks = "Stocking shelves, greeting visitors, tidying the work area.",
                Postcode = employer.Postcode,
                OutwardCode = employer.OutwardCode,
                LocationKnown = true,
                Days = WeekDays.Weekdays,
                HoursPerWeek = kind == OpeningKind.SupportedInternship ? 20 : null,
                StartsOn = starts,
                EndsOn = starts.AddDays(kind == OpeningKind.SupportedInternship ? 280 : 4),
                StartTime = new TimeOnly(9, 30),
                EndTime = new TimeOnly(14, 30),
                Places = 1 + (i % 4),
                Status = starts < today ? OpeningStatus.Filled : OpeningStatus.Open,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            };
        }).ToList();
        await SaveAsync(openings, cancellationToken);
        log.WriteLine($"openings: {openings.Count} ({watch.Elapsed.TotalSeconds:0.0} s)");

        PlacementState[] states = [PlacementState.Completed, PlacementState.Completed, PlacementState.Completed, PlacementState.Declined, PlacementState.Withdrawn, PlacementState.Proposed, PlacementState.Confirmed, PlacementState.EndedEarly];
        var placements = Enumerable.Range(0, Count(40_000)).Select(i =>
        {
            var opening = openings[i % openings.Count];
            var state = states[_random.Next(states.Length)];
            var start = opening.StartsOn!.Value;
            var startsAt = start.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);
            var endsAt = opening.EndsOn!.Value.ToDateTime(new TimeOnly(14, 30), DateTimeKind.Utc);
            return new Placement
            {
                YoungPersonId = people[_random.Next(people.Count)].Id,
                OpeningId = opening.Id,
                State = state,
                MatchScore = 40 + _random.Next(0, 60),
                ProposedAtUtc = startsAt.AddDays(-30),
                ProposedByUserId = coach,
                JobCoachUserId = coach,
                StartsAtUtc = state is PlacementState.Declined or PlacementState.Withdrawn or PlacementState.Proposed ? null : startsAt,
                EndsAtUtc = state is PlacementState.Declined or PlacementState.Withdrawn or PlacementState.Proposed ? null : endsAt,
                SupervisorName = "Region supervisor",
                SupervisorEmail = "supervisor@employer.example",
                Version = Guid.NewGuid(),
            };
        }).ToList();
        await SaveAsync(placements, cancellationToken);
        log.WriteLine($"placements: {placements.Count} ({watch.Elapsed.TotalSeconds:0.0} s)");

        OpeningKind[] encounterKinds = [OpeningKind.EncounterTalk, OpeningKind.EncounterVisit, OpeningKind.EncounterMockInterviews];
        var encounterCount = Count(60_000);
        var attendees = 0;
        for (var batch = 0; batch < encounterCount; batch += 2_000)
        {
            var encounters = new List<Encounter>();
            for (var i = batch; i < Math.Min(encounterCount, batch + 2_000); i++)
            {
                var school = schools[i % schools.Count];
                var employer = approved[_random.Next(approved.Length)];
                var day = today.AddDays(-1800 + _random.Next(0, 1860));
                var held = day < today;
                var kind = encounterKinds[i % encounterKinds.Length];
                var encounter = new Encounter
                {
                    EmployerId = employer.Id,
                    SchoolId = school,
                    Kind = kind,
                    Title = kind == OpeningKind.EncounterVisit ? "Workplace visit" : kind == OpeningKind.EncounterTalk ? "Careers talk" : "Mock interviews",
                    StartsAtUtc = day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
                    EndsAtUtc = day.ToDateTime(new TimeOnly(11, 30), DateTimeKind.Utc),
                    Location = employer.Postcode,
                    HostName = employer.ContactName,
                    State = i % 25 == 0 ? EncounterState.Cancelled : held ? EncounterState.Held : EncounterState.Scheduled,
                    CreatedByUserId = coach,
                    CreatedAtUtc = now,
                    Version = Guid.NewGuid(),
                };
                var group = bySchool[school];
                var size = Math.Min(group.Length, 8 + _random.Next(0, 6));
                var first = _random.Next(group.Length);
                for (var k = 0; k < size; k++)
                {
                    var mark = !held ? (AttendanceMark?)null : _random.NextDouble() < 0.75 ? AttendanceMark.Attended : AttendanceMark.Absent;
                    encounter.Attendees.Add(new EncounterAttendee
                    {
                        YoungPersonId = group[(first + k) % group.Length],
                        Attendance = mark,
                        RecordedAtUtc = mark is null ? null : encounter.EndsAtUtc,
                        RecordedByUserId = mark is null ? null : coach,
                    });
                }

                attendees += size;
                encounters.Add(encounter);
            }

            await SaveAsync(encounters, cancellationToken);
        }

        log.WriteLine($"encounters: {encounterCount}, attendance rows: {attendees} ({watch.Elapsed.TotalSeconds:0.0} s)");

        string[] kinds = ["briefing-family", "briefing-supervisor", "briefing-job-coach", "debrief-employer", "debrief-young-person", "debrief-family", "notice-proposal"];
        var messageCount = Count(200_000);
        for (var batch = 0; batch < messageCount; batch += 10_000)
        {
            var rows = new List<ScheduledMessage>();
            for (var i = batch; i < Math.Min(messageCount, batch + 10_000); i++)
            {
                var placement = placements[i % placements.Count];
                var due = now.AddDays(-1800 + _random.Next(0, 1830));
                var sent = due < now;
                rows.Add(new ScheduledMessage
                {
                    Kind = kinds[i % kinds.Length],
                    DedupeKey = $"region:{i}",
                    RecipientEmail = $"family{i % 15_000}@example.org",
                    SubjectType = "placement",
                    SubjectId = placement.Id,
                    DueAtUtc = due,
                    State = sent ? MessageState.Sent : MessageState.Pending,
                    Attempts = sent ? 1 : 0,
                    NextAttemptAtUtc = due,
                    MessageId = $"<region-{i}@sendcareers.test>",
                    CreatedAtUtc = due.AddDays(-7),
                    SentAtUtc = sent ? due : null,
                });
            }

            await SaveAsync(rows, cancellationToken);
        }

        log.WriteLine($"scheduled messages: {messageCount} ({watch.Elapsed.TotalSeconds:0.0} s)");

        string[] actions = ["Viewed young person", "Changed profile", "Proposed placement", "Signed in", "Marked attendance", "Exported CSV"];
        var auditCount = Count(1_000_000);
        for (var batch = 0; batch < auditCount; batch += 20_000)
        {
            var rows = new List<AuditEvent>();
            for (var i = batch; i < Math.Min(auditCount, batch + 20_000); i++)
            {
                rows.Add(new AuditEvent
                {
                    AtUtc = now.AddMinutes(-(auditCount - i) * 2.5),
                    UserId = coach,
                    Action = actions[i % actions.Length],
                    SubjectType = "YoungPerson",
                    SubjectId = people[i % people.Count].Id.ToString(CultureInfo.InvariantCulture),
                });
            }

            await SaveAsync(rows, cancellationToken);
        }

        log.WriteLine($"audit rows: {auditCount} ({watch.Elapsed.TotalSeconds:0.0} s)");
    }

    /// <summary>Saves in a context of its own, so the change tracker never holds more than one batch.</summary>
    private async Task SaveAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var chunk in rows.Chunk(5_000))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<T>().AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static readonly Sector[] Sectors = Enum.GetValues<Sector>();

    private static readonly string[] Places = ["Leeds", "Bradford", "Wakefield", "Halifax", "Huddersfield", "Keighley", "Otley", "Pudsey", "Batley", "Dewsbury"];

    private static readonly string[] SchoolWords = ["Oakfield", "Beechwood", "Riverside", "Hillcrest", "Meadow", "Fernbank", "Ashgrove", "Brookside"];

    private static readonly string[] EmployerWords = ["Bakery", "Garden Centre", "Hotel", "Hospital Trust", "Library", "Garage", "Café", "Warehouse", "Leisure Centre", "Builders"];

    private static readonly string[] FirstNames = ["Amir", "Bethany", "Callum", "Daisy", "Ethan", "Fatima", "George", "Hannah", "Isaac", "Jasmine", "Kai", "Lily", "Mason", "Nadia", "Oscar", "Poppy"];

    private static readonly string[] Surnames = ["Ahmed", "Brown", "Clarke", "Dixon", "Evans", "Fletcher", "Green", "Hussain", "Iqbal", "Jackson", "Kaur", "Lee"];
}
