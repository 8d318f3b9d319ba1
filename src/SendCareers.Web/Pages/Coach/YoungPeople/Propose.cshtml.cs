using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Employers;
using SendCareers.Web.Matching;

using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

/// <summary>Proposing a placement; choosing anything but the top match needs a reason.</summary>
public class ProposeModel(MatchingData data, Proposals proposals, TimeProvider time, StaffNames staffNames) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int OpeningId { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    public string Name { get; private set; } = "";

    public ScoredMatch Match { get; private set; } = default!;

    public int Rank { get; private set; }

    public int Of { get; private set; }

    public bool IsOverride => Rank > 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var reason = EmployerProfileValidator.Clean(OverrideReason);
        if (IsOverride && reason.Length == 0)
        {
            ModelState.AddModelError(nameof(OverrideReason), "Enter why you are choosing this over the higher-ranked matches");
        }
        else if (reason.Length > Proposals.MaxReasonLength)
        {
            ModelState.AddModelError(nameof(OverrideReason), $"Reason must be {Proposals.MaxReasonLength:N0} characters or fewer");
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        HttpContext.RequestServices.GetRequiredService<AuditTrail>().Add("Proposed a placement", AuditTrail.YoungPerson, Id, $"Opening {OpeningId}");
        await proposals.ProposeAsync(Id, OpeningId, Match.Score, Match.Reasons, IsOverride ? reason : null, User, cancellationToken);
        return Redirect($"/coach/young-people/{Id}?proposed=true");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await MatchesModel.RankAsync(data, staffNames, Id, time, cancellationToken);
        if (result is not { } found)
        {
            return false;
        }

        // Placements only: an encounter is booked for a group on the Encounters pages, never proposed as a placement.
        var placements = found.List.Ranked.Where(m => !m.Opening.Kind.IsEncounter()).ToList();
        var index = placements.FindIndex(m => m.Opening.Id == OpeningId);
        if (index < 0)
        {
            return false; // not open, an encounter, or left out by a hard rule: it cannot be proposed from here
        }

        Name = found.Name;
        Match = placements[index];
        Rank = index + 1;
        Of = placements.Count;
        return true;
    }
}
