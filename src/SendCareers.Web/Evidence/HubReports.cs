using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Evidence;
using SendCareers.Domain.Ndti;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Evidence;

/// <summary>The hub administrator's figures: coverage by school, cornerstone hours, sectors, debriefs, destinations, NDTi Section 2 evidence.</summary>
public sealed class HubReports(AppDbContext db, EvidenceQueries evidence, TimeProvider time)
{
    public async Task<HubReport> BuildAsync(int? schoolId, CancellationToken cancellationToken)
    {
        var today = UkTimeZone.Today(time);
        var year = SchoolYear.AcademicYearStarting(today);
        // Erased records still count: erasure keeps the school, school year and activity these figures need.
        var people = db.YoungPeople.Where(p => schoolId == null || p.SchoolId == schoolId);
        var assessed = await evidence.AssessKeptAsync(people, cancellationToken);
        var coverage = assessed.GroupBy(p => p.School).OrderBy(g => g.Key)
            .Select(g => Coverage.Of(g.Key, g.Select(p => (p.DateOfBirth, p.Assessment)), today)).ToList();
        if (schoolId is null)
        {
            coverage.Add(Coverage.Of("Whole hub", assessed.Select(p => (p.DateOfBirth, p.Assessment)), today));
        }

        var ids = people.Select(p => p.Id);
        var sectors = await db.Placements.AsNoTracking()
            .Where(p => ids.Contains(p.YoungPersonId) && (p.State == PlacementState.Confirmed || p.State == PlacementState.InProgress || p.State == PlacementState.Completed))
            .Select(p => p.Opening!.Sector).ToListAsync(cancellationToken);

        var placementIds = db.Placements.Where(p => ids.Contains(p.YoungPersonId)).Select(p => p.Id);
        var encounterIds = db.EncounterAttendees.Where(a => ids.Contains(a.YoungPersonId)).Select(a => a.EncounterId);
        var debriefs = await db.Debriefs.AsNoTracking()
            .Where(d => (d.PlacementId != null && placementIds.Contains(d.PlacementId.Value)) || (d.EncounterId != null && encounterIds.Contains(d.EncounterId.Value)))
            .Select(d => new { d.Respondent, d.Rating, d.WouldHostAgain }).ToListAsync(cancellationToken);
        var debriefSummaries = debriefs.GroupBy(d => d.Respondent).OrderBy(g => g.Key).Select(g => new DebriefSummary(
            RespondentName(g.Key), g.Count(),
            g.Any(d => d.Rating != null) ? Math.Round((decimal)g.Where(d => d.Rating != null).Average(d => d.Rating!.Value), 1) : null,
            g.Count(d => d.WouldHostAgain == true), g.Count(d => d.WouldHostAgain != null))).ToList();

        var latest = await db.Destinations.AsNoTracking().Where(d => ids.Contains(d.YoungPersonId))
            .GroupBy(d => d.YoungPersonId)
            .Select(g => g.OrderByDescending(d => d.CheckpointOn).First().Kind)
            .ToListAsync(cancellationToken);
        var destinations = latest.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (g.Key.Describe(), g.Count())).ToList();

        return new HubReport(SchoolYear.AcademicYearLabel(year), coverage, await CornerstonesAsync(year, cancellationToken), SectorSpread.Of(sectors), debriefSummaries, destinations);
    }

    /// <summary>Hours each employer gave this academic year: each held encounter once (however many came), and each completed placement.</summary>
    public async Task<IReadOnlyDictionary<int, decimal>> DeliveredAsync(int academicYear, CancellationToken cancellationToken)
    {
        var from = UkDayStartUtc(new DateOnly(academicYear, 9, 1));
        var to = UkDayStartUtc(new DateOnly(academicYear + 1, 9, 1));
        var encounters = await db.Encounters.AsNoTracking()
            .Where(e => e.State != EncounterState.Cancelled && e.StartsAtUtc >= from && e.StartsAtUtc < to
                && db.EncounterAttendees.Any(a => a.EncounterId == e.Id && a.Attendance == AttendanceMark.Attended))
            .Select(e => new { e.EmployerId, e.StartsAtUtc, e.EndsAtUtc }).ToListAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.State == PlacementState.Completed && p.EndsAtUtc >= from && p.EndsAtUtc < to && p.StartsAtUtc != null)
            .Select(p => new { p.Opening!.EmployerId, p.Opening.Days, p.Opening.StartTime, p.Opening.EndTime, p.Opening.HoursPerWeek, Starts = p.StartsAtUtc!.Value, Ends = p.EndsAtUtc!.Value })
            .ToListAsync(cancellationToken);
        return encounters.Select(e => (e.EmployerId, Hours: (decimal)(e.EndsAtUtc - e.StartsAtUtc).TotalHours))
            .Concat(placements.Select(p => (p.EmployerId, Hours: EvidenceRules.PlacementHours(EvidenceQueries.UkDate(p.Starts), EvidenceQueries.UkDate(p.Ends), p.Days, p.StartTime, p.EndTime, p.HoursPerWeek))))
            .GroupBy(x => x.EmployerId)
            .ToDictionary(g => g.Key, g => Math.Round(g.Sum(x => x.Hours), 1));
    }

    public async Task<IReadOnlyList<Section2Evidence>> Section2Async(NdtiSection1 section1, CancellationToken cancellationToken)
    {
        var year = SchoolYear.AcademicYearStarting(UkTimeZone.Today(time));
        var reviewsThisYear = await db.PreparingForAdulthoodReviews.AsNoTracking().Where(r => r.HeldOn >= new DateOnly(year, 9, 1)).Select(r => r.EmploymentFocused).ToListAsync(cancellationToken);
        var internshipsNow = await db.Placements.CountAsync(p => p.Opening!.Kind == OpeningKind.SupportedInternship && (p.State == PlacementState.Confirmed || p.State == PlacementState.InProgress), cancellationToken);
        var coachIds = db.JobCoaches().Select(u => u.Id);
        var coaches = await coachIds.CountAsync(cancellationToken);
        var training = await db.CoachTraining.AsNoTracking().Where(t => coachIds.Contains(t.UserId))
            .Select(t => new { t.UserId, t.Course }).ToListAsync(cancellationToken);
        var trained = TrainedCoaches.Of(coaches, training.Select(t => (t.UserId, t.Course)));
        var youngPeople = await db.YoungPeople.CountAsync(p => p.ErasedAtUtc == null, cancellationToken);
        var employers = await db.Employers.AsNoTracking().Where(e => e.Status == EmployerStatus.Approved).Select(e => new { e.Sectors, e.IsCornerstone }).ToListAsync(cancellationToken);
        var employerSectors = employers.SelectMany(e => e.Sectors).Distinct().Count();
        var sectors = await db.Placements.AsNoTracking()
            .Where(p => p.State == PlacementState.Confirmed || p.State == PlacementState.InProgress || p.State == PlacementState.Completed)
            .Select(p => p.Opening!.Sector).ToListAsync(cancellationToken);
        var spread = SectorSpread.Of(sectors);
        var familyDebriefs = await db.Debriefs.CountAsync(d => d.Respondent == DebriefRespondent.Family, cancellationToken);
        var destinations = await db.Destinations.AsNoTracking().Select(d => new { d.YoungPersonId, d.FamilyFeedback }).ToListAsync(cancellationToken);
        var internshipsTotal = section1.Row(NdtiSection1Calculator.SupportedInternships).Figures.Sum(f => f.Count);
        var focused = reviewsThisYear.Count(f => f);

        return
        [
            new(2, "Year 9 onwards Preparing for Adulthood reviews focus on employment",
            [
                reviewsThisYear.Count == 0
                    ? "No reviews recorded yet this academic year."
                    : $"{focused} of {reviewsThisYear.Count} reviews recorded this academic year focused on employment.",
            ]),
            new(6, "Study programmes are work-centred, with supported internships available",
            [$"{internshipsTotal} supported internships started in the last {NdtiSection1Calculator.Years} academic years; {internshipsNow} confirmed or under way now."]),
            new(7, "There are enough trained job coaches",
            [$"{(coaches == 1 ? "1 job coach uses" : $"{coaches} job coaches use")} SendCareers, for {(youngPeople == 1 ? "1 young person" : $"{youngPeople} young people")} ({(coaches == 0 ? "no coach" : $"about {Math.Ceiling((decimal)youngPeople / coaches):0} each")}).", TrainingEvidence(trained)],
            new Section2Link("/admin/accounts", "Record job coaches' training on the staff accounts page")),
            new(8, "There is a network of employers across sectors",
            [$"{employers.Count} approved employers covering {employerSectors} of {Enum.GetValues<Sector>().Length} sectors; {employers.Count(e => e.IsCornerstone)} are cornerstone employers."]),
            new(9, "Young people get jobs beyond catering, cleaning and gardening",
            [spread.Total == 0
                ? "No placements confirmed yet."
                : $"{spread.StereotypedPercent}% of {spread.Total} placements are in catering, hospitality, cleaning or gardening{(spread.PilingUp ? ": more than a third, so look for other sectors" : "")}."]),
            new(12, "Outcomes are monitored, with feedback from families",
            [$"{familyDebriefs} debriefs from families.", $"{destinations.Select(d => d.YoungPersonId).Distinct().Count()} leavers have a destination recorded ({destinations.Count} checkpoints, {destinations.Count(d => d.FamilyFeedback != null)} with the family's own words)."]),
        ];
    }

    private static string TrainingEvidence(TrainedCoaches trained) => trained switch
    {
        { Coaches: 0 } => "No job coach accounts yet, so no training is recorded.",
        { Trained: 0 } => "No job coach training is recorded yet. Record each course a job coach has completed from the Training link beside their name on the staff accounts page.",
        _ => $"{trained.Trained} of {trained.Coaches} job {(trained.Coaches == 1 ? "coach" : "coaches")} {(trained.Trained == 1 ? "has" : "have")} recorded training; courses: "
            + string.Join(", ", trained.Courses.Select(c => $"{c.Course} ({c.Coaches})")) + ".",
    };

    private async Task<IReadOnlyList<CornerstoneDelivery>> CornerstonesAsync(int year, CancellationToken cancellationToken)
    {
        var delivered = await DeliveredAsync(year, cancellationToken);
        var pledges = await db.CornerstonePledges.AsNoTracking().Where(p => p.AcademicYearStart == year)
            .Select(p => new { p.EmployerId, p.Employer!.OrganisationName, p.HoursPledged }).OrderBy(p => p.OrganisationName).ToListAsync(cancellationToken);
        return pledges.Select(p => new CornerstoneDelivery(p.EmployerId, p.OrganisationName, p.HoursPledged, delivered.GetValueOrDefault(p.EmployerId))).ToList();
    }

    private static DateTime UkDayStartUtc(DateOnly day) => SendCareers.Domain.Reminders.UkTime.FromUk(day, TimeOnly.MinValue).UtcDateTime;

    private static string RespondentName(DebriefRespondent respondent) => respondent switch
    {
        DebriefRespondent.Employer => "Employers",
        DebriefRespondent.YoungPerson => "Young people",
        DebriefRespondent.JobCoach => "Job coaches",
        DebriefRespondent.Family => "Families",
        _ => respondent.ToString(),
    };
}
