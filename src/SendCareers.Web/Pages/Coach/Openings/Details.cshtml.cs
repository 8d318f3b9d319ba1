using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Matching;
using SendCareers.Web.Openings;

using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Openings;

/// <summary>
/// One opening and the young people in the signed-in coach's caseload who fit it best, with the same
/// reasons as a young person's own list. Hub administrators see everyone.
/// </summary>
public class DetailsModel(AppDbContext db, OpeningScope scope, MatchingData data, TimeProvider time, StaffNames staffNames) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public Opening Opening { get; private set; } = new();

    public string EmployerName { get; private set; } = "";

    public int Taken { get; private set; }

    public IReadOnlyList<ScoredMatch> Ranked { get; private set; } = [];

    public IReadOnlyList<ExcludedMatch> Excluded { get; private set; } = [];

    public IReadOnlyList<(int YoungPersonId, string Name, PlacementState State)> Placements { get; private set; } = [];

    /// <summary>Young people named on the page, as staff see their names (told apart from namesakes).</summary>
    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public string NameOf(int youngPersonId, string? fallback) => Names.GetValueOrDefault(youngPersonId, fallback ?? "");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await scope.Openings().AsNoTracking()
            .Where(o => o.Id == Id)
            .Select(o => new { Opening = o, o.Employer!.OrganisationName, o.Employer.DisabilityConfident, o.Employer.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Opening = found.Opening;
        EmployerName = found.OrganisationName;
        var people = data.VisiblePeopleAndLeavers().Select(p => p.Id);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.OpeningId == Id)
            .Select(p => new { p.YoungPersonId, p.YoungPerson!.PreferredName, p.State, Visible = people.Contains(p.YoungPersonId) })
            .ToListAsync(cancellationToken);
        Taken = placements.Count(p => MatchingData.Holding.Contains(p.State));
        Placements = placements.Where(p => p.Visible).Select(p => (p.YoungPersonId, p.PreferredName, p.State)).ToList();

        if (Opening.Status == OpeningStatus.Open && found.Status == EmployerStatus.Approved)
        {
            var completed = await db.Placements.CountAsync(p => p.Opening!.EmployerId == Opening.EmployerId && p.State == PlacementState.Completed, cancellationToken);
            var match = data.ToOpening(Opening, EmployerName, found.DisabilityConfident, Taken, completed) with { ChecksNeeded = await data.ChecksNeededAsync(Opening, cancellationToken) };
            var holding = placements.Where(p => MatchingData.Holding.Contains(p.State)).Select(p => p.YoungPersonId).ToHashSet();
            var candidates = await data.CandidatesAsync(data.VisiblePeople().Where(p => !holding.Contains(p.Id)), cancellationToken);
            var list = Matcher.RankCandidates(match, candidates, UkTimeZone.Today(time), data.Weights);
            Ranked = list.Ranked.Take(20).ToList();
            Excluded = list.Excluded;
        }

        Names = await staffNames.ForAsync(Placements.Select(p => p.YoungPersonId).Concat(Ranked.Select(m => m.Candidate.Id)).Concat(Excluded.Select(x => x.Candidate.Id)), cancellationToken);
        Placements = Placements.Select(p => (p.YoungPersonId, NameOf(p.YoungPersonId, p.Name), p.State)).ToList();
        return Page();
    }
}
