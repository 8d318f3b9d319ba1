using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Evidence;
using SendCareers.Domain.Exports;
using SendCareers.Domain.People;
using SendCareers.Domain.Safeguarding;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Safeguarding;

namespace SendCareers.Web.Evidence;

/// <summary>
/// Builds the CSV downloads from queries the caller has scoped (a coach's school, or the whole hub).
/// Free-text debrief comments are left out: they often name the young person.
/// </summary>
public sealed class CsvExports(AppDbContext db, EvidenceQueries evidence, SafeguardingGate safeguarding, TimeProvider time)
{
    public async Task<CsvTable> EncountersAsync(IQueryable<YoungPerson> people, CancellationToken cancellationToken)
    {
        var table = new CsvTable(ExportColumns.Encounters);
        foreach (var p in await evidence.AssessAsync(people, cancellationToken))
        {
            foreach (var item in p.Evidence)
            {
                table.Row(
                    p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.School,
                    SchoolYear.YearGroupLabel(SchoolYear.YearGroupOn(p.DateOfBirth, item.Date)),
                    CsvTable.Date(item.Date), SchoolYear.AcademicYearLabel(SchoolYear.AcademicYearStarting(item.Date)),
                    item.Source == EvidenceSource.Encounter ? "encounter" : "placement",
                    EnumLabels.For(item.Kind), item.Benchmark is { } b ? ((int)b).ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
                    item.Setting == EvidenceSetting.Internal ? "internal" : "external",
                    item.Employer, item.Sector is { } s ? EnumLabels.For(s) : "", CsvTable.Number(item.Hours));
            }
        }

        return table;
    }

    public async Task<CsvTable> PlacementsAsync(IQueryable<Placement> placements, CancellationToken cancellationToken)
    {
        var rows = await placements.AsNoTracking().OrderBy(p => p.Id).Select(p => new
        {
            p.Id,
            p.YoungPersonId,
            School = p.YoungPerson!.School!.Name,
            Employer = p.Opening!.Employer!.OrganisationName,
            p.Opening.Title,
            p.Opening.Kind,
            p.Opening.Sector,
            p.State,
            p.ProposedAtUtc,
            p.StartsAtUtc,
            p.EndsAtUtc,
            p.OutcomePaidJobOffered,
            p.OutcomeHoursPerWeek,
        }).ToListAsync(cancellationToken);
        var table = new CsvTable(ExportColumns.Placements);
        foreach (var p in rows)
        {
            table.Row(Id(p.Id), Id(p.YoungPersonId), p.School, p.Employer, p.Title, EnumLabels.For(p.Kind), EnumLabels.For(p.Sector), p.State.ToString(),
                CsvTable.Date(EvidenceQueries.UkDate(p.ProposedAtUtc)), CsvTable.Date(p.StartsAtUtc is { } s ? EvidenceQueries.UkDate(s) : null),
                CsvTable.Date(p.EndsAtUtc is { } e ? EvidenceQueries.UkDate(e) : null), CsvTable.YesNo(p.OutcomePaidJobOffered), CsvTable.Number(p.OutcomeHoursPerWeek));
        }

        return table;
    }

    public async Task<CsvTable> EmployersAsync(IReadOnlyDictionary<int, decimal> deliveredThisYear, CancellationToken cancellationToken)
    {
        var year = SchoolYear.AcademicYearStarting(UkTimeZone.Today(time));
        var employers = await db.Employers.AsNoTracking().Include(e => e.Pledges).OrderBy(e => e.OrganisationName).ToListAsync(cancellationToken);
        var checks = await db.EmployerChecks.AsNoTracking().ToListAsync(cancellationToken);
        var requirements = await safeguarding.RequirementsAsync(cancellationToken);
        var everything = requirements.Values.Aggregate(SafeguardingCheck.None, (all, c) => all | c);
        var today = UkTimeZone.Today(time);
        var table = new CsvTable(ExportColumns.Employers);
        foreach (var e in employers)
        {
            var own = checks.Where(c => c.EmployerId == e.Id).ToDictionary(c => c.Check, c => c.ExpiresOn);
            var upToDate = SafeguardingRules.Problems(everything, own, today, today).Count == 0;
            table.Row(Id(e.Id), e.OrganisationName, e.Status.ToString(), CsvTable.YesNo(e.IsCornerstone), string.Join("; ", e.Sectors.Select(s => EnumLabels.For(s))),
                EnumLabels.For(e.Size), EnumLabels.For(e.DisabilityConfident),
                e.Pledges.Where(p => p.AcademicYearStart == year).Select(p => p.HoursPledged.ToString(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault() ?? "",
                CsvTable.Number(deliveredThisYear.GetValueOrDefault(e.Id)), CsvTable.YesNo(upToDate),
                CsvTable.Date(own.Count == 0 ? null : own.Values.Min()), CsvTable.Date(EvidenceQueries.UkDate(e.CreatedAtUtc)));
        }

        return table;
    }

    public async Task<CsvTable> DebriefsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Debriefs.AsNoTracking().OrderBy(d => d.Id).Select(d => new
        {
            d.Id,
            d.PlacementId,
            d.EncounterId,
            Employer = d.PlacementId != null
                ? db.Placements.Where(p => p.Id == d.PlacementId).Select(p => p.Opening!.Employer!.OrganisationName).FirstOrDefault()
                : db.Encounters.Where(x => x.Id == d.EncounterId).Select(x => x.Employer!.OrganisationName).FirstOrDefault(),
            Kind = d.PlacementId != null
                ? db.Placements.Where(p => p.Id == d.PlacementId).Select(p => (SendCareers.Domain.Vocabulary.OpeningKind?)p.Opening!.Kind).FirstOrDefault()
                : db.Encounters.Where(x => x.Id == d.EncounterId).Select(x => (SendCareers.Domain.Vocabulary.OpeningKind?)x.Kind).FirstOrDefault(),
            d.Respondent,
            d.Rating,
            d.WouldHostAgain,
            d.SubmittedAtUtc,
        }).ToListAsync(cancellationToken);
        var table = new CsvTable(ExportColumns.Debriefs);
        foreach (var d in rows)
        {
            table.Row(Id(d.Id), d.PlacementId is { } p ? Id(p) : "", d.EncounterId is { } x ? Id(x) : "", d.Employer ?? "", d.Kind is { } k ? EnumLabels.For(k) : "",
                d.Respondent.ToString(), d.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", CsvTable.YesNo(d.WouldHostAgain), CsvTable.Date(EvidenceQueries.UkDate(d.SubmittedAtUtc)));
        }

        return table;
    }

    public static string FileName(string name, DateOnly today) => $"sendcareers-{name}-{CsvTable.Date(today)}.csv";

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
