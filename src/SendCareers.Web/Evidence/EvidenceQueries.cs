using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Evidence;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Evidence;

/// <summary>
/// Reads the evidence for a set of young people the caller has already scoped: encounters they were
/// marked as attending (not cancelled, already begun) and placements that were completed. One query
/// each for encounters and placements, whatever the number of people.
/// </summary>
public sealed class EvidenceQueries(AppDbContext db, TimeProvider time)
{
    public Task<ILookup<int, EvidenceItem>> ForAsync(IQueryable<YoungPerson> people, CancellationToken cancellationToken) =>
        ItemsAsync(db, people, time.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>The evidence of everyone in <paramref name="people"/> as it stands at <paramref name="now"/>.</summary>
    public static async Task<ILookup<int, EvidenceItem>> ItemsAsync(AppDbContext db, IQueryable<YoungPerson> people, DateTime now, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id);
        var encounters = await db.EncounterAttendees.AsNoTracking()
            .Where(a => ids.Contains(a.YoungPersonId) && a.Attendance == AttendanceMark.Attended)
            .Join(db.Encounters.Where(e => e.State != EncounterState.Cancelled && e.StartsAtUtc <= now), a => a.EncounterId, e => e.Id, (a, e) => new
            {
                a.YoungPersonId,
                e.Id,
                e.Kind,
                e.Title,
                e.StartsAtUtc,
                e.EndsAtUtc,
                Employer = e.Employer!.OrganisationName,
                Sector = db.Openings.Where(o => o.Id == e.OpeningId).Select(o => (SendCareers.Domain.Vocabulary.Sector?)o.Sector).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => ids.Contains(p.YoungPersonId) && p.State == PlacementState.Completed && p.StartsAtUtc != null && p.EndsAtUtc != null)
            .Select(p => new
            {
                p.YoungPersonId,
                p.Id,
                p.Opening!.Kind,
                p.Opening.Title,
                p.Opening.Sector,
                p.Opening.Postcode,
                p.Opening.Days,
                p.Opening.StartTime,
                p.Opening.EndTime,
                p.Opening.HoursPerWeek,
                SchoolPostcode = p.YoungPerson!.School!.Postcode,
                Employer = p.Opening.Employer!.OrganisationName,
                Starts = p.StartsAtUtc!.Value,
                Ends = p.EndsAtUtc!.Value,
            })
            .ToListAsync(cancellationToken);

        var items = encounters.Select(e => (e.YoungPersonId, Item: new EvidenceItem(
                EvidenceSource.Encounter, e.Id, UkDate(e.StartsAtUtc), EvidenceRules.BenchmarkFor(e.Kind), EvidenceRules.SettingFor(e.Kind, null, null),
                e.Kind, e.Title, e.Employer, e.Sector, (decimal)Math.Round((e.EndsAtUtc - e.StartsAtUtc).TotalHours, 1))))
            .Concat(placements.Select(p => (p.YoungPersonId, Item: new EvidenceItem(
                EvidenceSource.Placement, p.Id, UkDate(p.Ends), EvidenceRules.BenchmarkFor(p.Kind), EvidenceRules.SettingFor(p.Kind, p.Postcode, p.SchoolPostcode),
                p.Kind, p.Title, p.Employer, p.Sector, EvidenceRules.PlacementHours(UkDate(p.Starts), UkDate(p.Ends), p.Days, p.StartTime, p.EndTime, p.HoursPerWeek)))));
        return items.OrderBy(i => i.Item.Date).ToLookup(i => i.YoungPersonId, i => i.Item);
    }

    /// <summary>Young people with an encounter ahead of them or a placement proposed, agreed, confirmed or under way.</summary>
    public async Task<HashSet<int>> BookedAsync(IQueryable<YoungPerson> people, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id);
        var now = time.GetUtcNow().UtcDateTime;
        var encounters = await db.EncounterAttendees
            .Where(a => ids.Contains(a.YoungPersonId) && db.Encounters.Any(e => e.Id == a.EncounterId && e.State == EncounterState.Scheduled && e.StartsAtUtc > now))
            .Select(a => a.YoungPersonId).Distinct().ToListAsync(cancellationToken);
        var placements = await db.Placements
            .Where(p => ids.Contains(p.YoungPersonId) && (p.State == PlacementState.Proposed || p.State == PlacementState.Agreed || p.State == PlacementState.Confirmed || p.State == PlacementState.InProgress))
            .Select(p => p.YoungPersonId).Distinct().ToListAsync(cancellationToken);
        return [.. encounters, .. placements];
    }

    /// <summary>Assessments for everyone in the query, with their date of birth and school.</summary>
    public async Task<IReadOnlyList<AssessedPerson>> AssessAsync(IQueryable<YoungPerson> people, CancellationToken cancellationToken)
    {
        var today = UkTimeZone.Today(time);
        var list = await people.AsNoTracking().OrderBy(p => p.PreferredName).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.PreferredName, p.DateOfBirth, p.SchoolId, School = p.School!.Name, p.ErasedAtUtc })
            .ToListAsync(cancellationToken);
        var evidence = await ForAsync(people, cancellationToken);
        var booked = await BookedAsync(people, cancellationToken);
        return list.Select(p => new AssessedPerson(p.Id, p.ErasedAtUtc is null ? p.PreferredName : "Erased record", p.DateOfBirth, p.SchoolId, p.School,
            GatsbyProgress.Assess(p.DateOfBirth, evidence[p.Id], today, booked.Contains(p.Id)), evidence[p.Id].ToList())).ToList();
    }

    /// <summary>
    /// Assessments for everyone in the query from their kept tallies (<see cref="EvidenceTallyKeeper"/>):
    /// one small row per person and year instead of every encounter they went to, so a region's reports
    /// and evidence page do not count the world again. The evidence list is left empty: pages that show it
    /// (a careers record, the encounters CSV) read it with <see cref="AssessAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<AssessedPerson>> AssessKeptAsync(IQueryable<YoungPerson> people, CancellationToken cancellationToken)
    {
        var today = UkTimeZone.Today(time);
        var list = await people.AsNoTracking().OrderBy(p => p.PreferredName).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.PreferredName, p.DateOfBirth, p.SchoolId, School = p.School!.Name, p.ErasedAtUtc })
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id);
        var tallies = (await db.EvidenceTallies.AsNoTracking().Where(t => ids.Contains(t.YoungPersonId)).ToListAsync(cancellationToken))
            .ToLookup(t => t.YoungPersonId, t => new EvidenceTally(t.AcademicYear, t.Items, t.Benchmark5, t.Workplaces, t.WorkplacesBefore16, t.WorkplacesBefore18));
        var booked = await BookedAsync(people, cancellationToken);
        return list.Select(p => new AssessedPerson(p.Id, p.ErasedAtUtc is null ? p.PreferredName : "Erased record", p.DateOfBirth, p.SchoolId, p.School,
            GatsbyProgress.Assess(p.DateOfBirth, tallies[p.Id], today, booked.Contains(p.Id)), [])).ToList();
    }

    public static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(utc, TimeSpan.Zero)).DateTime);
}
