using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Ndti;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Safeguarding;

namespace SendCareers.Web.Data.Demo;

/// <summary>
/// Three academic years of history so the evidence dashboards show real gaps: encounters each term with
/// attendance marked (some young people came to few or none), completed placements with debriefs, Preparing
/// for Adulthood reviews, destinations for a few college leavers, safeguarding checks (one of them expired)
/// and most job coaches' training.
/// Leaves the first three young people of the first school alone: the placement demo and tests use them.
/// </summary>
public sealed class EvidenceDemoSeeder(AppDbContext db, TimeProvider time, CheckExpiryReminders reminders) : IDemoSeeder
{
    public int Order => 30;

    private static readonly (OpeningKind Kind, string Title, int Month, int Day)[] Terms =
    [
        (OpeningKind.EncounterTalk, "Careers talk", 10, 8),
        (OpeningKind.EncounterVisit, "Workplace visit", 1, 21),
        (OpeningKind.EncounterMockInterviews, "Mock interviews", 5, 13),
    ];

    public async Task SeedAsync(DemoContext context)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        var year = SchoolYear.AcademicYearStarting(today);
        var approved = context.Employers.Where(e => e.Status == EmployerStatus.Approved).ToList();
        var cornerstones = approved.Skip(1).Where(e => e.IsCornerstone).ToList();
        var coach = await db.Users.Where(u => u.Email == DemoData.CoachEmail).Select(u => u.Id).SingleAsync();
        var random = new Random(627);

        var schoolIndex = 0;
        foreach (var school in context.Schools)
        {
            var people = await db.YoungPeople.Where(p => p.SchoolId == school.Id).OrderBy(p => p.Id).ToListAsync();
            var eligible = schoolIndex == 0 ? people.Skip(3).ToList() : people;
            var employerOffset = schoolIndex * 3;
            var encounterIndex = 0;
            for (var y = year - 2; y <= year; y++)
            {
                foreach (var term in Terms)
                {
                    var date = new DateOnly(term.Month >= 9 ? y : y + 1, term.Month, term.Day);
                    // This year's encounters come from cornerstone employers, so pledged hours start to be given.
                    var employer = y == year && cornerstones.Count > 0
                        ? cornerstones[(schoolIndex + encounterIndex++) % cornerstones.Count]
                        : approved[1 + ((employerOffset + encounterIndex++) % (approved.Count - 1))];
                    var held = date < today;
                    if (!held && date > today.AddDays(60))
                    {
                        continue;
                    }

                    var encounter = NewEncounter(employer, school, term.Kind, term.Title, date, held, coach, now.UtcDateTime);
                    for (var i = 0; i < eligible.Count; i++)
                    {
                        // Every fifth young person rarely comes, so the "fewer than 4" list is never empty.
                        var rarely = i % 5 == 0;
                        AttendanceMark? mark = !held ? null
                            : rarely ? (encounterIndex % 4 == 0 ? AttendanceMark.Attended : AttendanceMark.Absent)
                            : random.NextDouble() < 0.7 ? AttendanceMark.Attended
                            : random.NextDouble() < 0.5 ? AttendanceMark.Excused : AttendanceMark.Absent;
                        if (!held && i % 2 == 1)
                        {
                            continue;
                        }

                        encounter.Attendees.Add(new EncounterAttendee
                        {
                            YoungPersonId = eligible[i].Id,
                            Attendance = mark,
                            RecordedAtUtc = mark is null ? null : UkTime.FromUk(date, new TimeOnly(15, 0)).UtcDateTime,
                            RecordedByUserId = mark is null ? null : coach,
                        });
                    }

                    db.Encounters.Add(encounter);
                }
            }

            await SeedPlacementsAsync(school, eligible, approved, year, today, coach, random, now.UtcDateTime);
            SeedReviews(eligible, year, today, coach, random, now.UtcDateTime);
            if (school.Kind != SchoolKind.SpecialSchool)
            {
                SeedDestinations(eligible, year, today, coach, now.UtcDateTime);
            }

            schoolIndex++;
        }

        await db.SaveChangesAsync();
        await SeedChecksAsync(approved, today, now.UtcDateTime);
        await SeedTrainingAsync(today, now.UtcDateTime);
    }

    private static Encounter NewEncounter(Employer employer, School school, OpeningKind kind, string title, DateOnly date, bool held, string coach, DateTime now) => new()
    {
        EmployerId = employer.Id,
        SchoolId = school.Id,
        Kind = kind,
        Title = title,
        StartsAtUtc = UkTime.FromUk(date, new TimeOnly(10, 0)).UtcDateTime,
        EndsAtUtc = UkTime.FromUk(date, kind == OpeningKind.EncounterVisit ? new TimeOnly(12, 30) : new TimeOnly(11, 30)).UtcDateTime,
        Location = kind == OpeningKind.EncounterVisit ? employer.Postcode : school.Name,
        HostName = employer.ContactName,
        State = held ? EncounterState.Held : EncounterState.Scheduled,
        CreatedByUserId = coach,
        CreatedAtUtc = now,
        Version = Guid.NewGuid(),
    };

    private async Task SeedPlacementsAsync(School school, List<YoungPerson> people, List<Employer> approved, int year, DateOnly today, string coach, Random random, DateTime now)
    {
        // Older young people had a week's work experience in one of the last two springs. One was at
        // school as the workplace (internal work experience), and colleges ran supported internships.
        var older = people.Where(p => SchoolYear.AgeOn(p.DateOfBirth, today) >= 16).Take(5).ToList();
        for (var i = 0; i < older.Count; i++)
        {
            var person = older[i];
            var employer = approved[2 + ((i * 3 + school.Id) % (approved.Count - 2))];
            var atSchool = i == 3;
            var kind = school.Kind != SchoolKind.SpecialSchool && i == 0 ? OpeningKind.SupportedInternship : OpeningKind.WorkExperience;
            var start = kind == OpeningKind.SupportedInternship ? new DateOnly(year - 2, 9, 15) : new DateOnly(year - (i % 2), 3, 2).AddDays(i * 7);
            var end = kind == OpeningKind.SupportedInternship ? new DateOnly(year - 1, 6, 27) : start.AddDays(4);
            var sector = atSchool ? Sector.Education : employer.Sectors[i % employer.Sectors.Count];
            var opening = new Opening
            {
                EmployerId = employer.Id,
                Kind = kind,
                Title = atSchool ? "School office assistant" : $"{EnumLabels.For(sector)} work experience",
                Sector = sector,
                Postcode = atSchool ? school.Postcode : employer.Postcode,
                OutwardCode = atSchool ? school.OutwardCode : employer.OutwardCode,
                LocationKnown = true,
                Days = WeekDays.Weekdays,
                HoursPerWeek = kind == OpeningKind.SupportedInternship ? 20 : null,
                StartsOn = start,
                EndsOn = end,
                StartTime = new TimeOnly(9, 30),
                EndTime = new TimeOnly(14, 30),
                Places = 1,
                Status = OpeningStatus.Filled,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            };
            var placement = new Placement
            {
                YoungPersonId = person.Id,
                Opening = opening,
                State = PlacementState.Completed,
                ProposedAtUtc = UkTime.FromUk(start.AddDays(-30), new TimeOnly(10, 0)).UtcDateTime,
                ProposedByUserId = coach,
                JobCoachUserId = coach,
                StartsAtUtc = UkTime.FromUk(start, new TimeOnly(9, 30)).UtcDateTime,
                EndsAtUtc = UkTime.FromUk(end, new TimeOnly(14, 30)).UtcDateTime,
                SupervisorName = "Demo supervisor",
                SupervisorEmail = "supervisor@sendcareers.test",
                TravelPlan = "School minibus",
                OutcomePaidJobOffered = kind == OpeningKind.SupportedInternship ? school.Id % 2 == 0 : null,
                OutcomeHoursPerWeek = kind == OpeningKind.SupportedInternship && school.Id % 2 == 0 ? 18 : null,
                Version = Guid.NewGuid(),
            };
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            foreach (var respondent in new[] { DebriefRespondent.Employer, DebriefRespondent.YoungPerson, DebriefRespondent.Family })
            {
                if (respondent == DebriefRespondent.Family && i % 2 == 1)
                {
                    continue;
                }

                db.Debriefs.Add(new Debrief
                {
                    PlacementId = placement.Id,
                    Respondent = respondent,
                    Rating = 3 + random.Next(0, 3),
                    WouldHostAgain = respondent == DebriefRespondent.Employer ? i != 2 : null,
                    SubmittedAtUtc = placement.EndsAtUtc!.Value.AddDays(2),
                });
            }
        }
    }

    private void SeedReviews(List<YoungPerson> people, int year, DateOnly today, string coach, Random random, DateTime now)
    {
        foreach (var person in people.Where(p => p.HasEhcp))
        {
            for (var y = year - 2; y <= year; y++)
            {
                var held = new DateOnly(y, 11, 3 + (person.Id % 20));
                if (held >= today || SchoolYear.YearGroupOn(person.DateOfBirth, held) < 9)
                {
                    continue;
                }

                db.PreparingForAdulthoodReviews.Add(new PreparingForAdulthoodReview
                {
                    YoungPersonId = person.Id,
                    HeldOn = held,
                    // Reviews have been turning towards employment year by year.
                    EmploymentFocused = random.NextDouble() < 0.35 + (0.15 * (y - year + 2)),
                    RecordedAtUtc = now,
                    RecordedByUserId = coach,
                });
            }
        }
    }

    private void SeedDestinations(List<YoungPerson> people, int year, DateOnly today, string coach, DateTime now)
    {
        var leavers = people.OrderBy(p => p.DateOfBirth).Where(p => SchoolYear.AgeOn(p.DateOfBirth, today) >= 20).Take(2).ToList();
        DestinationKind[][] journeys =
        [
            [DestinationKind.SupportedInternship, DestinationKind.SupportedEmployment, DestinationKind.SupportedEmployment],
            [DestinationKind.FurtherEducation, DestinationKind.Apprenticeship, DestinationKind.PaidEmployment],
        ];
        for (var i = 0; i < leavers.Count; i++)
        {
            var left = new DateOnly(year - 2, 7, 18);

            // The second leaver's latest yearly check has not been made, so coaches see one due.
            for (var c = 0; c < (i == 0 ? 3 : 2); c++)
            {
                var checkpoint = new DateOnly(year - 2 + c, 10, 1);
                if (checkpoint > today)
                {
                    break;
                }

                var kind = journeys[i][c];
                db.Destinations.Add(new Destination
                {
                    YoungPersonId = leavers[i].Id,
                    LeftOn = left,
                    CheckpointOn = checkpoint,
                    Kind = kind,
                    PaidHoursPerWeek = kind.IsPaidWork() ? (i == 0 ? 16 : 30) : null,
                    FamilyFeedback = c == 2 ? "Much more confident, and proud to be earning." : null,
                    RecordedAtUtc = now,
                    RecordedByUserId = coach,
                });
            }
        }
    }

    private async Task SeedTrainingAsync(DateOnly today, DateTime now)
    {
        // Three of the four job coaches have training recorded; Calder Valley's has none yet, so the
        // NDTi page shows a gap to close.
        (string Email, string Course, int MonthsAgo)[] courses =
        [
            (DemoData.CoachEmail, "Level 3 Certificate in Supported Employment", 20),
            (DemoData.CoachEmail, "Systematic instruction", 7),
            ("coach.hollin@sendcareers.test", "Level 3 Certificate in Supported Employment", 14),
            ("coach.riverside@sendcareers.test", "Systematic instruction", 3),
            ("coach.riverside@sendcareers.test", "Travel training", 26),
        ];
        var admin = await db.Users.Where(u => u.Email == DemoData.AdminEmail).Select(u => u.Id).SingleAsync();
        var emails = courses.Select(c => c.Email).Distinct().ToList();
        var coaches = await db.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        foreach (var (email, course, monthsAgo) in courses)
        {
            db.CoachTraining.Add(new CoachTraining
            {
                UserId = coaches[email],
                Course = course,
                CompletedOn = today.AddMonths(-monthsAgo),
                RecordedAtUtc = now,
                RecordedByUserId = admin,
            });
        }
    }

    private async Task SeedChecksAsync(List<Employer> approved, DateOnly today, DateTime now)
    {
        for (var i = 0; i < approved.Count; i++)
        {
            var employer = approved[i];
            foreach (var check in SafeguardingCheckExtensions.All)
            {
                // Roundhay's insurance ran out last month, so a placement there cannot be confirmed;
                // Bradford Bakehouse's risk assessment runs out in the spring, so a reminder is planned.
                var expires = employer.OrganisationName switch
                {
                    "Roundhay Hotel and Spa" when check == SafeguardingCheck.EmployersLiabilityInsurance => today.AddDays(-23),
                    "Bradford Bakehouse" when check == SafeguardingCheck.RiskAssessment => today.AddDays(75),
                    _ => today.AddDays(300 + (i * 17) + ((int)check * 5)),
                };
                var row = new EmployerCheck { EmployerId = employer.Id, Check = check, ExpiresOn = expires, Reference = $"DEMO-{employer.Id}-{(int)check}", RecordedAtUtc = now };
                db.EmployerChecks.Add(row);
                await db.SaveChangesAsync();
                if (expires < today.AddDays(120) && expires >= today)
                {
                    await reminders.PlanAsync(row, employer, CancellationToken.None);
                }
            }
        }
    }
}
