using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Matching;

using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

/// <summary>Every open opening ranked for one young person, with reasons, and what was left out and why.</summary>
public class MatchesModel(MatchingData data, TimeProvider time, AuditTrail audit, StaffNames staffNames) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string Name { get; private set; } = "";

    /// <summary>Rows on a page of placements that fit: the best few are what a coach reads; the rest are a click away.</summary>
    public const int PlacementsPerPage = 20;

    public const int EncountersPerPage = 10;

    public const int LeftOutPerPage = 50;

    /// <summary>Placements that fit, best first, one page of them.</summary>
    public Paged<ScoredMatch> Ranked { get; private set; } = new([], 0, 1, PlacementsPerPage);

    /// <summary>Talks, visits and mock interviews that fit: booked for a group on the Encounters pages, never proposed as a placement.</summary>
    public Paged<ScoredMatch> Encounters { get; private set; } = new([], 0, 1, EncountersPerPage);

    public Paged<ExcludedMatch> Excluded { get; private set; } = new([], 0, 1, LeftOutPerPage);

    /// <summary>The "left out" reasons start open when the address asks for one of their pages.</summary>
    public bool LeftOutOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await RankAsync(data, staffNames, Id, time, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        (Name, var list) = result.Value;
        Ranked = list.Ranked.Where(m => !m.Opening.Kind.IsEncounter()).ToList().ToPaged(PageRequest.From(Request, PlacementsPerPage));
        Encounters = list.Ranked.Where(m => m.Opening.Kind.IsEncounter()).ToList().ToPaged(PageRequest.From(Request, EncountersPerPage, "encounters-page"));
        Excluded = list.Excluded.ToPaged(PageRequest.From(Request, LeftOutPerPage, "left-out-page"));
        LeftOutOpen = Request.Query.ContainsKey("left-out-page");
        await audit.RecordAsync("Viewed matches", AuditTrail.YoungPerson, Id, cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>The ranking for a young person in the signed-in person's caseload, or null if not theirs.</summary>
    public static async Task<(string Name, MatchList List)?> RankAsync(MatchingData data, StaffNames staffNames, int youngPersonId, TimeProvider time, CancellationToken cancellationToken)
    {
        var candidates = await data.CandidatesAsync(data.VisiblePeople().Where(p => p.Id == youngPersonId), cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }

        var openings = await data.CatalogueAsync(cancellationToken);
        var list = Matcher.Rank(candidates[0], openings, UkTimeZone.Today(time), data.Weights);
        return (await staffNames.ForAsync(youngPersonId, cancellationToken) ?? candidates[0].PreferredName ?? "", list);
    }
}
