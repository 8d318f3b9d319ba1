using Humanizer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Matching;
using SendCareers.Web.Pages.Shared.NeedsYou;
using SendCareers.Web.Placements;
using SendCareers.Web.YoungPeople;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Coach;

/// <summary>The job coach's starting page, scoped to their own school or college.</summary>
public class IndexModel(AppDbContext db, HubInfo hub, NewOpeningMatches newOpenings, TimeProvider time, PlacementScope placements, SendCareers.Web.Encounters.EncounterScope encounters, Caseload caseload, StaffNames staffNames) : PageModel
{
    public IReadOnlyList<NeedsYouItem> NeedsYou { get; private set; } = [];

    public string SchoolName { get; private set; } = "";

    public IReadOnlyList<NewOpeningMatch> NewOpenings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var schoolId = User.SchoolId();
        SchoolName = schoolId is null
            ? hub.Current.Name
            : await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) ?? hub.Current.Name;
        NeedsYou = await new CoachNeedsYou(db, placements, encounters.ForCoach(User), caseload, time).ForAsync(cancellationToken);
        var newOpeningList = await newOpenings.ForCaseloadAsync(cancellationToken);
        var names = await staffNames.ForAsync(newOpeningList.SelectMany(o => o.GoodFits.Take(3).Select(f => f.YoungPersonId)), cancellationToken);
        NewOpenings = newOpeningList
            .Select(o => o with { GoodFits = o.GoodFits.Select(f => (f.YoungPersonId, names.GetValueOrDefault(f.YoungPersonId, f.Name), f.Score)).ToList() })
            .ToList();
    }

    public string Ago(DateTime utc) => utc.Humanize(dateToCompareAgainst: time.GetUtcNow().UtcDateTime);

    /// <summary>"Good fits: Sam (82) and Aisha (64)." with at most three names, the rest counted.</summary>
    public string Fits(NewOpeningMatch opening)
    {
        var fits = opening.GoodFits;
        if (fits.Count == 0)
        {
            return "Nobody in your caseload is a good fit yet.";
        }

        var named = fits.Take(3).Select(f => $"{f.Name} ({f.Score})").ToList();
        var rest = fits.Count - named.Count;
        if (rest > 0)
        {
            named.Add(rest == 1 ? "1 more" : $"{rest} more");
        }

        return $"Good {(fits.Count == 1 ? "fit" : "fits")}: {named.Humanize("and")}.";
    }
}
