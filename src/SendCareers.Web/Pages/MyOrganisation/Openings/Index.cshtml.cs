using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Matching;
using SendCareers.Web.Openings;

namespace SendCareers.Web.Pages.MyOrganisation.Openings;

/// <summary>An employer contact's own openings. Never shows young people's details.</summary>
public class IndexModel(OpeningScope scope) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public IReadOnlyList<(Opening Opening, int Taken)> Openings { get; private set; } = [];

    /// <summary>The organisation is not approved yet, so job coaches do not see these openings.</summary>
    public bool AwaitingApproval { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AwaitingApproval = !await scope.OwnOrganisationApprovedAsync(cancellationToken);
        var rows = await scope.Openings().AsNoTracking()
            .Select(o => new { Opening = o, Taken = o.Placements.Count(p => MatchingData.Holding.Contains(p.State)) })
            .ToListAsync(cancellationToken);
        Openings = rows.OrderBy(r => r.Opening.Status).ThenBy(r => r.Opening.Title, StringComparer.OrdinalIgnoreCase)
            .Select(r => (r.Opening, r.Taken)).ToList();
    }
}
