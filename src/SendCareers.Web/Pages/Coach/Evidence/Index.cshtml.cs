using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Evidence;
using SendCareers.Domain.People;
using SendCareers.Web.Evidence;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Evidence;

/// <summary>The job coach's Gatsby dashboard: the caseload's encounters, and who needs what next.</summary>
public class IndexModel(Caseload caseload, EvidenceQueries evidence, TimeProvider time) : PageModel
{
    public IReadOnlyList<AssessedPerson> People { get; private set; } = [];

    public string Year { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public BarChart Chart { get; private set; } = BarChart.Counts("caseload", "", "", []);

    public IReadOnlyList<(GapKind Kind, string Heading, IReadOnlyList<AssessedPerson> People)> GapLists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = UkTimeZone.Today(time);
        Year = SchoolYear.AcademicYearLabel(SchoolYear.AcademicYearStarting(Today));
        People = await evidence.AssessAsync(caseload.YoungPeople(), cancellationToken);
        IReadOnlyList<AssessedPerson> With(GapKind kind) => People.Where(p => p.Assessment.Has(kind)).ToList();
        GapLists =
        [
            (GapKind.FewerThanFourEncounters, "Fewer than 4 encounters with employers", With(GapKind.FewerThanFourEncounters)),
            (GapKind.NoEncounterThisYear, $"No encounter with an employer in {Year}", With(GapKind.NoEncounterThisYear)),
            (GapKind.NoWorkplaceBy16, "No experience of a workplace by 16", With(GapKind.NoWorkplaceBy16)),
            (GapKind.NoSecondWorkplaceBy18, "Fewer than 2 experiences of workplaces by 18", With(GapKind.NoSecondWorkplaceBy18)),
            (GapKind.NothingBooked, "Nothing booked", With(GapKind.NothingBooked)),
        ];
        var total = People.Count;
        Chart = BarChart.Counts("caseload-gaps", $"Young people with each gap, {Year}",
            $"Out of {total} young people: " + string.Join("; ", GapLists.Select(g => $"{g.Heading}: {g.People.Count}")) + ".",
            GapLists.Select(g => new Bar(g.Heading, g.People.Count, $"{g.People.Count} of {total}")));
    }

    public string YearGroup(AssessedPerson person) => SchoolYear.YearGroupLabel(SchoolYear.YearGroupOn(person.DateOfBirth, Today));
}
