using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Retention;
using SendCareers.Web.Data;
using SendCareers.Web.Evidence;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Evidence;

/// <summary>The job coach's Gatsby dashboard: the caseload's encounters, and who needs what next.</summary>
public class IndexModel(AppDbContext db, Caseload caseload, EvidenceQueries evidence, TimeProvider time) : PageModel
{
    /// <summary>How far ahead a yearly destination check is listed: the window in which it counts.</summary>
    public const int CheckpointWindowDays = DestinationCheckpoints.EarlyDays;

    /// <summary>Leavers whose yearly destination check is due within the window or overdue, soonest first.</summary>
    public IReadOnlyList<(int Id, string Name, DateOnly Due)> CheckpointsDue { get; private set; } = [];

    /// <summary>Leavers (the rollover recorded their leaving date) with no destination recorded yet, longest gone first.</summary>
    public IReadOnlyList<(int Id, string Name, DateOnly LeftOn)> DestinationsOnLeaving { get; private set; } = [];

    public IReadOnlyList<AssessedPerson> People { get; private set; } = [];

    public string Year { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public BarChart Chart { get; private set; } = BarChart.Counts("caseload", "", "", []);

    public IReadOnlyList<(GapKind Kind, string Heading, IReadOnlyList<AssessedPerson> People)> GapLists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = UkTimeZone.Today(time);
        Year = SchoolYear.AcademicYearLabel(SchoolYear.AcademicYearStarting(Today));
        var names = await StaffNames.ForWholeSchoolsAsync(caseload.YoungPeople(), cancellationToken);
        // Gaps are for acting on: leavers have none, their destinations are listed below instead.
        People = (await evidence.AssessKeptAsync(caseload.Current(), cancellationToken))
            .Select(p => p with { Name = names.GetValueOrDefault(p.Id, p.Name) })
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
            .ToList();
        IReadOnlyList<AssessedPerson> With(GapKind kind) => People.Where(p => p.Assessment.Has(kind)).ToList();
        GapLists =
        [
            (GapKind.FewerThanFourEncounters, "Fewer than 4 encounters with employers", With(GapKind.FewerThanFourEncounters)),
            (GapKind.NoEncounterThisYear, $"No encounter with an employer in {Year}", With(GapKind.NoEncounterThisYear)),
            (GapKind.NoWorkplaceBy16, "No experience of a workplace by 16", With(GapKind.NoWorkplaceBy16)),
            (GapKind.NoSecondWorkplaceBy18, "Fewer than 2 experiences of workplaces by 18", With(GapKind.NoSecondWorkplaceBy18)),
            (GapKind.NothingBooked, "Nothing booked", With(GapKind.NothingBooked)),
        ];
        var leavers = await (from d in db.Destinations.AsNoTracking()
                             join p in caseload.YoungPeople().AsNoTracking() on d.YoungPersonId equals p.Id
                             select new { d.YoungPersonId, d.LeftOn, d.CheckpointOn })
            .ToListAsync(cancellationToken);
        CheckpointsDue = leavers
            .GroupBy(d => (d.YoungPersonId, PreferredName: names.GetValueOrDefault(d.YoungPersonId, "")))
            .Select(g => (g.Key.YoungPersonId, g.Key.PreferredName, Due: DestinationCheckpoints.NextDue(g.Select(d => new LeaverCheckpoint(d.LeftOn, d.CheckpointOn)).ToList())))
            .Where(d => d.Due is { } due && due <= Today.AddDays(CheckpointWindowDays))
            .Select(d => (d.YoungPersonId, d.PreferredName, d.Due!.Value))
            .OrderBy(d => d.Item3).ThenBy(d => d.PreferredName, StringComparer.CurrentCulture)
            .ToList();
        DestinationsOnLeaving = (await caseload.Leavers().AsNoTracking()
                .Where(p => !db.Destinations.Any(d => d.YoungPersonId == p.Id))
                .Select(p => new { p.Id, p.PreferredName, p.LeftOn })
                .ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.PreferredName, p.LeftOn!.Value))
            .OrderBy(p => p.Item3).ThenBy(p => p.PreferredName, StringComparer.CurrentCulture)
            .ToList();
        var total = People.Count;
        Chart = BarChart.Counts("caseload-gaps", $"Young people with each gap, {Year}",
            $"Out of {total} young people: " + string.Join("; ", GapLists.Select(g => $"{g.Heading}: {g.People.Count}")) + ".",
            GapLists.Select(g => new Bar(g.Heading, g.People.Count, $"{g.People.Count} of {total}")));
    }

    public string YearGroup(AssessedPerson person) => SchoolYear.YearGroupLabel(SchoolYear.YearGroupOn(person.DateOfBirth, Today));
}
