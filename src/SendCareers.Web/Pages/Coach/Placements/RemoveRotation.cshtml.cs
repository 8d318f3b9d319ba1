using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Placements;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// Asks before removing a rotation: its debriefs not yet sent are cancelled, and the rotations after it
/// are numbered again.
/// </summary>
public class RemoveRotationModel(InternshipChanges changes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public Placement Placement { get; private set; } = new();

    public RotationRecord Rotation { get; private set; } = new();

    public bool CanRemove => InternshipChanges.CanPlanRotations(Placement);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Placement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Version));
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!CanRemove)
        {
            ModelState.AddModelError("", "The internship has ended, so its rotations can no longer be changed.");
        }
        else
        {
            var rest = InternshipChanges.PlanOf(Placement).Where((_, i) => i + 1 != Number).ToList();
            var result = await changes.SaveRotationsAsync(Placement, formVersion, rest, $"Removed rotation {Number} of the internship", cancellationToken);
            if (result.Done)
            {
                return Redirect($"/coach/placements/{Id}/internship?done=removed#rotations");
            }

            foreach (var (field, message) in result.Problems)
            {
                ModelState.AddModelError(field ?? "", message);
            }

            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            Version = Placement.Version;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(Id, cancellationToken) is not { } placement
            || placement.Rotations.FirstOrDefault(r => r.Number == Number) is not { } rotation)
        {
            return false;
        }

        (Placement, Rotation) = (placement, rotation);
        return true;
    }
}
