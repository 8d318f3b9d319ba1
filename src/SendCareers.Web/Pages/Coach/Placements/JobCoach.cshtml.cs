using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// Gives a confirmed or running placement to another job coach at the young person's school or college,
/// for when its coach has left or moved. Only coaches who can still sign in are offered.
/// </summary>
public class JobCoachModel(AppDbContext db, PlacementScope scope, PlacementWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? JobCoach { get; set; }

    public Placement Placement { get; private set; } = new();

    public IReadOnlyList<ChoiceItem> Coaches { get; private set; } = [];

    /// <summary>The current coach's name, and whether they have left (deactivated, or at another school).</summary>
    public (string Name, bool Gone)? Current { get; private set; }

    public bool CanChange => Placement.State is PlacementState.Confirmed or PlacementState.InProgress;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Placement.Version;
        JobCoach = Coaches.Any(c => c.Value == Placement.JobCoachUserId) ? Placement.JobCoachUserId : null;
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

        ModelState.Clear();
        var chosen = Coaches.FirstOrDefault(c => c.Value == JobCoach);
        if (!CanChange)
        {
            ModelState.AddModelError("", $"This placement is {Placement.State.Describe()}: its job coach can be changed only while it is confirmed or under way.");
        }
        else if (chosen is null)
        {
            ModelState.AddModelError(nameof(JobCoach), "Choose the job coach who will support them");
        }
        else if (chosen.Value == Placement.JobCoachUserId)
        {
            ModelState.AddModelError(nameof(JobCoach), $"{chosen.Text} is already their job coach. Choose someone else, or go back");
        }
        else
        {
            var result = await workflow.ChangeJobCoachAsync(Placement, formVersion, chosen.Value, chosen.Text, cancellationToken);
            if (result.Done)
            {
                return Redirect($"/coach/placements/{Id}?done=coach-changed");
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
        db.ChangeTracker.Clear();
        var placement = await scope.ForCoach().WithDetails().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (placement is null)
        {
            return false;
        }

        Placement = placement;
        var schoolId = placement.YoungPerson!.SchoolId;
        Coaches = await db.ActiveJobCoaches().AsNoTracking()
            .Where(u => u.SchoolId == schoolId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new ChoiceItem(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
        // Read as an anonymous row: PostgreSQL cannot hand back a value tuple as a record.
        var current = placement.JobCoachUserId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == placement.JobCoachUserId)
            .Select(u => new { u.DisplayName, Gone = u.DeactivatedAtUtc != null || u.SchoolId != schoolId })
            .SingleOrDefaultAsync(cancellationToken);
        Current = current is null ? null : (current.DisplayName, current.Gone);
        return true;
    }
}
