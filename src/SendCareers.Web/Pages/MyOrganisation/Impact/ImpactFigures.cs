using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Evidence;

namespace SendCareers.Web.Pages.MyOrganisation.Impact;

/// <summary>
/// What an employer's hours did this academic year, for its own contacts: hours given against the pledge
/// (counted as the hub's cornerstone ledger counts them, request-born encounters included), encounters
/// and placements hosted, how many young people they met (a number, never names), the faces young people
/// chose in their Easy Read debriefs (counts only), and the schools and sectors reached.
/// </summary>
public sealed record ImpactFigures(
    string Employer,
    string YearLabel,
    decimal HoursGiven,
    decimal HoursLastYear,
    int? HoursPledged,
    int EncountersHosted,
    int PlacementsHosted,
    int YoungPeopleMet,
    IReadOnlyList<(string Modifier, string Word, int Count)> Faces,
    IReadOnlyList<string> Schools,
    IReadOnlyList<Sector> Sectors)
{
    public static async Task<ImpactFigures?> ForAsync(AppDbContext db, HubReports reports, int employerId, DateOnly today, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == employerId)
            .Select(e => new { e.OrganisationName, e.HoursPledgedPerYear, e.Sectors }).SingleOrDefaultAsync(cancellationToken);
        if (employer is null)
        {
            return null;
        }

        var year = SchoolYear.AcademicYearStarting(today);
        var from = UkTime.FromUk(new DateOnly(year, 9, 1), TimeOnly.MinValue).UtcDateTime;
        var to = UkTime.FromUk(new DateOnly(year + 1, 9, 1), TimeOnly.MinValue).UtcDateTime;
        var given = (await reports.DeliveredAsync(year, cancellationToken)).GetValueOrDefault(employerId);
        var lastYear = (await reports.DeliveredAsync(year - 1, cancellationToken)).GetValueOrDefault(employerId);
        var pledge = await db.CornerstonePledges.AsNoTracking().Where(p => p.EmployerId == employerId && p.AcademicYearStart == year)
            .Select(p => (int?)p.HoursPledged).SingleOrDefaultAsync(cancellationToken) ?? (employer.HoursPledgedPerYear > 0 ? employer.HoursPledgedPerYear : null);

        var encounters = await db.Encounters.AsNoTracking()
            .Where(e => e.EmployerId == employerId && e.State == EncounterState.Held && e.StartsAtUtc >= from && e.StartsAtUtc < to)
            .Select(e => new
            {
                e.Id,
                School = e.School != null ? e.School.Name : null,
                Met = e.Attendees.Where(a => a.Attendance == AttendanceMark.Attended).Select(a => a.YoungPersonId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.Opening!.EmployerId == employerId
                && (p.State == PlacementState.InProgress || (p.State == PlacementState.Completed && p.EndsAtUtc >= from && p.EndsAtUtc < to)))
            .Select(p => new { p.Id, p.YoungPersonId, School = p.YoungPerson!.School!.Name, p.Opening!.Sector })
            .ToListAsync(cancellationToken);

        var encounterIds = encounters.Select(e => e.Id).ToList();
        var placementIds = placements.Select(p => p.Id).ToList();
        var ratings = await db.Debriefs.AsNoTracking()
            .Where(d => d.Respondent == DebriefRespondent.YoungPerson && d.Rating != null
                && ((d.EncounterId != null && encounterIds.Contains(d.EncounterId.Value)) || (d.PlacementId != null && placementIds.Contains(d.PlacementId.Value))))
            .Select(d => d.Rating!.Value)
            .ToListAsync(cancellationToken);
        var faces = Debriefs.DebriefChoices.Faces
            .Select(f => (f.Modifier, f.Text, ratings.Count(r => Face(r) == f.Value)))
            .ToList();

        return new ImpactFigures(
            employer.OrganisationName,
            SchoolYear.AcademicYearLabel(year),
            given,
            lastYear,
            pledge,
            encounters.Count,
            placements.Count,
            encounters.SelectMany(e => e.Met).Concat(placements.Select(p => p.YoungPersonId)).Distinct().Count(),
            faces,
            [.. encounters.Select(e => e.School).Concat(placements.Select(p => p.School)).OfType<string>().Distinct().Order(StringComparer.Ordinal)],
            [.. employer.Sectors.Concat(placements.Select(p => p.Sector)).Distinct().Order()]);
    }

    /// <summary>Ratings on the 1 to 5 scale, read as the nearest Easy Read face ("5" good, "3" OK, "1" not good).</summary>
    private static string Face(int rating) => rating >= 4 ? "5" : rating == 3 ? "3" : "1";

    public static string Hours(decimal hours) => hours == 1 ? "1 hour" : $"{hours:0.#} hours";
}
