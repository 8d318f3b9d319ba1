using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Placements.Internships;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Placements;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// Adds a rotation to a supported internship (no number) or changes one. The field checks come first;
/// then <see cref="RotationPlanRules"/> judges the whole plan as it would be, and any error the change
/// would cause stops the save. Saving re-plans the debriefs after each rotation.
/// </summary>
public class RotationModel(InternshipChanges changes) : PageModel
{
    public const int NameMaxLength = 200;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The rotation being changed, or null to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Number { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateInput StartsOn { get; set; } = new();

    [BindProperty]
    public DateInput EndsOn { get; set; } = new();

    public Placement Placement { get; private set; } = new();

    /// <summary>Why rotations cannot be planned now, shown instead of the form.</summary>
    public string? Refusal { get; private set; }

    public bool IsAdd => Number is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Placement.Version;
        if (Placement.Rotations.FirstOrDefault(r => r.Number == Number) is { } rotation)
        {
            Name = rotation.Name;
            StartsOn = DateInput.From(rotation.StartsOn);
            EndsOn = DateInput.From(rotation.EndsOn);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A mangled version is treated as stale, not shown to the user as a field error.
        ModelState.Remove(nameof(Version));
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            ModelState.AddModelError("", Refusal);
            return BadRequestPage();
        }

        var edited = Check();
        if (edited is null)
        {
            return BadRequestPage();
        }

        var before = InternshipChanges.PlanOf(Placement);
        var after = InternshipChanges.InDateOrder(IsAdd ? [.. before, edited] : before.Select((r, i) => i + 1 == Number ? edited : r));
        if (!PlanAllows(before, after, edited))
        {
            return BadRequestPage();
        }

        var action = IsAdd ? "Added a rotation to the internship" : $"Changed rotation {Number} of the internship";
        var result = await changes.SaveRotationsAsync(Placement, formVersion, after, action, cancellationToken);
        if (result.Done)
        {
            return Redirect($"/coach/placements/{Id}/internship?done=rotations#rotations");
        }

        foreach (var (field, message) in result.Problems)
        {
            ModelState.AddModelError(field ?? "", message);
        }

        await LoadAsync(cancellationToken);
        Version = Placement.Version;
        return BadRequestPage();
    }

    private Rotation? Check()
    {
        var name = EmployerProfileValidator.Clean(Name);
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), "Enter the name of the rotation, such as the department or job");
        }
        else if (name.Length > NameMaxLength)
        {
            ModelState.AddModelError(nameof(Name), $"Name must be {NameMaxLength} characters or fewer");
        }

        var hasStart = StartsOn.TryRead("First day", out var starts, out var startError);
        if (!hasStart)
        {
            ModelState.AddModelError(nameof(StartsOn), startError!);
        }

        var hasEnd = EndsOn.TryRead("Last day", out var ends, out var endError);
        if (!hasEnd)
        {
            ModelState.AddModelError(nameof(EndsOn), endError!);
        }
        else if (hasStart && ends < starts)
        {
            ModelState.AddModelError(nameof(EndsOn), "Last day must be the same as or after the first day");
        }

        return ModelState.ErrorCount == 0 ? new Rotation(name, starts, ends) : null;
    }

    /// <summary>Puts each error the change would cause beside the field it is about; true when there are none.</summary>
    private bool PlanAllows(IReadOnlyList<Rotation> before, IReadOnlyList<Rotation> after, Rotation edited)
    {
        var (first, last) = (InternshipChanges.FirstDay(Placement), InternshipChanges.LastDay(Placement));
        var caused = RotationPlanRules.Check(first, last, after).ErrorsNotIn(RotationPlanRules.Check(first, last, before));
        var editedNumber = after.Select((r, i) => (r, i)).First(x => ReferenceEquals(x.r, edited)).i + 1;
        foreach (var problem in caused)
        {
            // An overlap is reported against the later rotation; when that is another one, the edited one's last day runs into it.
            var field = problem.RotationNumber == editedNumber ? problem.Field : RotationField.Ends;
            ModelState.AddModelError(field switch
            {
                RotationField.Name => nameof(Name),
                RotationField.Starts => nameof(StartsOn),
                RotationField.Ends => nameof(EndsOn),
                _ => "",
            }, problem.Message);
        }

        return caused.Count == 0;
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(Id, cancellationToken) is not { } placement
            || (Number is { } n && placement.Rotations.All(r => r.Number != n)))
        {
            return false;
        }

        Placement = placement;
        Refusal = InternshipChanges.CanPlanRotations(placement)
            ? null
            : placement.StartsAtUtc is null
                ? "Confirm the internship's dates first. Then you can plan its rotations."
                : "The internship has ended, so its rotations can no longer be changed.";
        return true;
    }
}
