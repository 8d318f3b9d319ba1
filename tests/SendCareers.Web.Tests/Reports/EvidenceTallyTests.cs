using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendCareers.Domain.Evidence;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Evidence;
using SendCareers.Web.Tests.Support;

namespace SendCareers.Web.Tests.Reports;

/// <summary>
/// Reports and the evidence page read Gatsby evidence counted per young person and year, kept as the
/// data changes, instead of counting every encounter again on each request. These tests change the demo
/// hub at random in every way the evidence depends on, then require the kept tallies to equal a full
/// recount from the encounters and placements themselves, and the assessments a coach reads from them to
/// equal the ones computed from every item.
/// </summary>
public sealed class EvidenceTallyTests : IAsyncLifetime
{
    private SendCareersApp _app = default!;

    public ValueTask InitializeAsync()
    {
        _app = new SendCareersApp().WithClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AfterRandomChanges_TheKeptTallies_EqualAFullRecount()
    {
        Assert.True(await _app.WithDbAsync(db => db.EvidenceTallies.CountAsync()) > 10, "the demo's evidence is counted when it is seeded");
        await AssertKeptEqualsRecountAsync();

        var random = new Random(20261205);
        var now = _app.Clock!.GetUtcNow().UtcDateTime;
        for (var step = 0; step < 60; step++)
        {
            var change = random.Next(9);
            await _app.WithDbAsync(async db =>
            {
                switch (change)
                {
                    case 0: // an attendance mark changes
                    {
                        var attendees = await db.EncounterAttendees.Where(a => db.Encounters.Any(e => e.Id == a.EncounterId && e.StartsAtUtc < now)).OrderBy(a => a.Id).ToListAsync();
                        var attendee = attendees[random.Next(attendees.Count)];
                        attendee.Attendance = attendee.Attendance == AttendanceMark.Attended ? AttendanceMark.Absent : AttendanceMark.Attended;
                        break;
                    }

                    case 1: // an encounter is cancelled, or a cancelled one held after all
                    {
                        var encounter = await RandomAsync(db.Encounters.Where(e => e.StartsAtUtc < now), random);
                        encounter.State = encounter.State == EncounterState.Cancelled ? EncounterState.Held : EncounterState.Cancelled;
                        break;
                    }

                    case 2: // an encounter moves, across academic years (and sometimes into the future)
                    {
                        var encounter = await RandomAsync(db.Encounters, random);
                        var days = random.Next(-400, 200);
                        encounter.StartsAtUtc = encounter.StartsAtUtc.AddDays(days);
                        encounter.EndsAtUtc = encounter.EndsAtUtc.AddDays(days);
                        break;
                    }

                    case 3: // an encounter becomes another kind
                    {
                        var encounter = await RandomAsync(db.Encounters, random);
                        encounter.Kind = encounter.Kind == OpeningKind.EncounterVisit ? OpeningKind.EncounterTalk : OpeningKind.EncounterVisit;
                        break;
                    }

                    case 4: // a completed placement ends early, or one ended early is completed; its end moves
                    {
                        var placement = await RandomAsync(db.Placements.Where(p => p.State == PlacementState.Completed || p.State == PlacementState.EndedEarly), random);
                        placement.State = placement.State == PlacementState.Completed ? PlacementState.EndedEarly : PlacementState.Completed;
                        placement.EndsAtUtc = placement.EndsAtUtc?.AddDays(random.Next(-200, 30));
                        break;
                    }

                    case 5: // an opening with completed placements changes kind (work experience counts for Benchmark 6)
                    {
                        var opening = await RandomAsync(db.Openings.Where(o => o.Placements.Any(p => p.State == PlacementState.Completed)), random);
                        opening.Kind = opening.Kind == OpeningKind.WorkExperience ? OpeningKind.SupportedInternship : OpeningKind.WorkExperience;
                        break;
                    }

                    case 6: // a date of birth is corrected (workplaces before 16 and 18 move)
                    {
                        var person = await RandomAsync(db.YoungPeople.Where(p => db.EncounterAttendees.Any(a => a.YoungPersonId == p.Id)), random);
                        person.DateOfBirth = person.DateOfBirth.AddYears(random.Next(2) == 0 ? -2 : 2);
                        break;
                    }

                    case 7: // someone is added to a past encounter, as having come
                    {
                        var encounter = await RandomAsync(db.Encounters.Where(e => e.StartsAtUtc < now && e.SchoolId != null
                            && db.YoungPeople.Any(p => p.SchoolId == e.SchoolId && !db.EncounterAttendees.Any(a => a.EncounterId == e.Id && a.YoungPersonId == p.Id))), random);
                        var person = await RandomAsync(db.YoungPeople.Where(p => p.SchoolId == encounter.SchoolId && !db.EncounterAttendees.Any(a => a.EncounterId == encounter.Id && a.YoungPersonId == p.Id)), random);
                        db.EncounterAttendees.Add(new EncounterAttendee { EncounterId = encounter.Id, YoungPersonId = person.Id, Attendance = AttendanceMark.Attended, RecordedAtUtc = now });
                        break;
                    }

                    default: // someone is taken off an encounter
                    {
                        db.EncounterAttendees.Remove(await RandomAsync(db.EncounterAttendees.Where(a => a.Attendance == AttendanceMark.Attended), random));
                        break;
                    }
                }

                await db.SaveChangesAsync();
            });
        }

        await AssertKeptEqualsRecountAsync();
        await AssertAssessmentsFromTalliesEqualAssessmentsFromItemsAsync();
    }

    [Fact]
    public async Task AChangeRolledBackByItsCaller_LeavesTheTalliesAsTheyWere()
    {
        var (person, before) = await _app.WithDbAsync(async db =>
        {
            // Someone whose evidence is encounters only, so marking them absent everywhere leaves nothing.
            var id = await db.EncounterAttendees.Where(a => a.Attendance == AttendanceMark.Attended
                    && !db.Placements.Any(p => p.YoungPersonId == a.YoungPersonId && p.State == PlacementState.Completed))
                .OrderBy(a => a.Id).Select(a => a.YoungPersonId).FirstAsync();
            return (id, await db.EvidenceTallies.Where(t => t.YoungPersonId == id).SumAsync(t => t.Items));
        });

        await _app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var attendee in await db.EncounterAttendees.Where(a => a.YoungPersonId == person).ToListAsync())
            {
                attendee.Attendance = AttendanceMark.Absent;
            }

            await db.SaveChangesAsync();
            Assert.Equal(0, await db.EvidenceTallies.Where(t => t.YoungPersonId == person).SumAsync(t => t.Items)); // inside: counted again
            await transaction.RollbackAsync();
        });

        Assert.Equal(before, await _app.WithDbAsync(db => db.EvidenceTallies.Where(t => t.YoungPersonId == person).SumAsync(t => t.Items)));
        await AssertKeptEqualsRecountAsync();
    }

    private static async Task<T> RandomAsync<T>(IQueryable<T> query, Random random)
    {
        var count = await query.CountAsync();
        Assert.True(count > 0, $"the demo has a {typeof(T).Name} to change");
        return await query.OrderBy(x => EF.Property<int>(x!, "Id")).Skip(random.Next(count)).FirstAsync();
    }

    private async Task AssertKeptEqualsRecountAsync()
    {
        var now = _app.Clock!.GetUtcNow().UtcDateTime;
        var (kept, recount) = await _app.WithDbAsync(async db =>
        {
            var rows = await db.EvidenceTallies.AsNoTracking().ToListAsync();
            var people = await db.YoungPeople.AsNoTracking().Select(p => new { p.Id, p.DateOfBirth }).ToListAsync();
            var items = await EvidenceQueries.ItemsAsync(db, db.YoungPeople, now, CancellationToken.None);
            var kept = rows.OrderBy(r => r.YoungPersonId).ThenBy(r => r.AcademicYear)
                .Select(r => (r.YoungPersonId, new EvidenceTally(r.AcademicYear, r.Items, r.Benchmark5, r.Workplaces, r.WorkplacesBefore16, r.WorkplacesBefore18))).ToList();
            var recount = people.OrderBy(p => p.Id).SelectMany(p => EvidenceTally.Of(p.DateOfBirth, items[p.Id]).Select(t => (p.Id, t))).ToList();
            return (kept, recount);
        });
        Assert.NotEmpty(recount);
        Assert.Equal(recount, kept);
    }

    private async Task AssertAssessmentsFromTalliesEqualAssessmentsFromItemsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queries = scope.ServiceProvider.GetRequiredService<EvidenceQueries>();
        var fromItems = await queries.AssessAsync(db.YoungPeople, CancellationToken.None);
        var fromTallies = await queries.AssessKeptAsync(db.YoungPeople, CancellationToken.None);
        Assert.Equal(fromItems.Count, fromTallies.Count);
        Assert.Contains(fromItems, p => p.Assessment.Gaps.Count > 0);
        Assert.Contains(fromItems, p => p.Assessment.EncountersInTotal >= GatsbyProgress.RecommendedEncounters);
        foreach (var (full, kept) in fromItems.Zip(fromTallies))
        {
            Assert.Equal(full.Id, kept.Id);
            Assert.Equal(full.Assessment with { Gaps = [] }, kept.Assessment with { Gaps = [] });
            Assert.Equal(full.Assessment.Gaps.Select(g => (g.Kind, g.PlainWords)), kept.Assessment.Gaps.Select(g => (g.Kind, g.PlainWords)));
        }
    }
}
