using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Evidence;
using SendCareers.Domain.Ndti;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Evidence;

/// <summary>
/// Feeds the NDTi Section 1 calculator from placements, Preparing for Adulthood reviews, destinations and the
/// history of each young person's EHCP and school or college. Erased records still count: erasure keeps what
/// anonymous counts need. Optionally one school only (the school they are at now).
/// </summary>
public sealed class NdtiData(AppDbContext db, TimeProvider time)
{
    public async Task<NdtiSection1> Section1Async(int? schoolId, CancellationToken cancellationToken)
    {
        var people = db.YoungPeople.Where(p => schoolId == null || p.SchoolId == schoolId);
        var ids = people.Select(p => p.Id);
        var colleges = await db.Schools.Where(s => s.Kind == SchoolKind.FurtherEducationCollege || s.Kind == SchoolKind.SpecialCollege)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        bool? AtCollege(int? school) => school is { } id ? colleges.Contains(id) : null;
        var history = (await db.YoungPersonStatusChanges.AsNoTracking().Where(c => ids.Contains(c.YoungPersonId))
                .OrderBy(c => c.RecordedAtUtc).ThenBy(c => c.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(c => (long)c.YoungPersonId, c => new NdtiStatusChange(c.EffectiveFrom, c.HasEhcp, AtCollege(c.SchoolId), c.HadEhcpBefore, AtCollege(c.PreviousSchoolId)));
        var persons = (await people.AsNoTracking().Select(p => new { p.Id, p.DateOfBirth, p.HasEhcp, p.SchoolId }).ToListAsync(cancellationToken))
            .Select(p => new NdtiPerson(p.Id, p.DateOfBirth, p.HasEhcp, colleges.Contains(p.SchoolId), history[p.Id].ToList()))
            .ToList();
        var reviews = await db.PreparingForAdulthoodReviews.AsNoTracking().Where(r => ids.Contains(r.YoungPersonId))
            .Select(r => new NdtiReview(r.YoungPersonId, r.HeldOn, r.EmploymentFocused)).ToListAsync(cancellationToken);
        var destinations = await db.Destinations.AsNoTracking().Where(d => ids.Contains(d.YoungPersonId))
            .Select(d => new DestinationRecord(d.YoungPersonId, d.LeftOn, d.CheckpointOn, d.Kind, d.PaidHoursPerWeek)).ToListAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => ids.Contains(p.YoungPersonId) && p.StartsAtUtc != null
                && (p.State == PlacementState.InProgress || p.State == PlacementState.Completed || p.State == PlacementState.EndedEarly))
            .Select(p => new
            {
                p.YoungPersonId,
                p.Opening!.Kind,
                p.Opening.Postcode,
                p.Opening.HoursPerWeek,
                SchoolPostcode = p.YoungPerson!.School!.Postcode,
                Starts = p.StartsAtUtc!.Value,
                p.EndsAtUtc,
                p.OutcomePaidJobOffered,
                p.OutcomeHoursPerWeek,
            })
            .ToListAsync(cancellationToken);

        var activities = new List<NdtiActivity>(DestinationStarts.From(destinations));
        foreach (var p in placements)
        {
            var start = EvidenceQueries.UkDate(p.Starts);
            NdtiActivityKind? kind = p.Kind switch
            {
                OpeningKind.WorkExperience or OpeningKind.ExtendedPlacement when EvidenceRules.SettingFor(p.Kind, p.Postcode, p.SchoolPostcode) == EvidenceSetting.External
                    => NdtiActivityKind.OpenEmploymentWorkExperience,
                OpeningKind.SupportedInternship => NdtiActivityKind.SupportedInternship,
                OpeningKind.Apprenticeship => NdtiActivityKind.Apprenticeship,
                OpeningKind.JobCarvedRole => NdtiActivityKind.PaidJob,
                _ => null,
            };
            if (kind is { } k)
            {
                activities.Add(new NdtiActivity(p.YoungPersonId, start, k, p.HoursPerWeek));
            }

            if (p.OutcomePaidJobOffered == true && p.EndsAtUtc is { } end)
            {
                activities.Add(new NdtiActivity(p.YoungPersonId, EvidenceQueries.UkDate(end), NdtiActivityKind.PaidJob, p.OutcomeHoursPerWeek));
            }
        }

        return NdtiSection1Calculator.Calculate(persons, reviews, activities, SchoolYear.AcademicYearStarting(UkTimeZone.Today(time)));
    }
}
