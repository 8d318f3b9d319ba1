using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Placements;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// Records when the job coach hands day-to-day support over to the intern's line manager: the point of
/// fading support is that someone at work takes it on.
/// </summary>
public class HandoverModel(InternshipChanges changes) : PageModel
{
    public const int NameMaxLength = 200;
    public const int NotesMaxLength = 2000;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? LineManagerName { get; set; }

    [BindProperty]
    public DateInput HandedOverOn { get; set; } = new();

    [BindProperty]
    public string? HandoverNotes { get; set; }

    public Placement Placement { get; private set; } = new();

    public bool CanRecord => InternshipChanges.CanRecordProgress(Placement);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(Id, cancellationToken) is not { } placement)
        {
            return NotFound();
        }

        Placement = placement;
        Version = placement.Version;
        LineManagerName = placement.LineManagerName;
        HandedOverOn = DateInput.From(placement.HandedOverOn);
        HandoverNotes = placement.HandoverNotes;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Version));
        var formVersion = Version;
        if (await changes.FindAsync(Id, cancellationToken) is not { } placement)
        {
            return NotFound();
        }

        Placement = placement;
        if (!CanRecord)
        {
            ModelState.AddModelError("", "You can record the handover once the internship has started.");
            return BadRequestPage();
        }

        var name = EmployerProfileValidator.Clean(LineManagerName);
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(LineManagerName), "Enter the line manager's name");
        }
        else if (name.Length > NameMaxLength)
        {
            ModelState.AddModelError(nameof(LineManagerName), $"Line manager's name must be {NameMaxLength} characters or fewer");
        }

        DateOnly? handedOver = null;
        var firstDay = InternshipChanges.FirstDay(placement);
        if (!HandedOverOn.TryRead("Handover date", out var date, out var dateError))
        {
            ModelState.AddModelError(nameof(HandedOverOn), dateError!);
        }
        else if (date < firstDay)
        {
            ModelState.AddModelError(nameof(HandedOverOn), $"Handover date must be on or after the first day of the internship, {UkFormat.Date(firstDay)}");
        }
        else
        {
            handedOver = date;
        }

        var notes = EmployerProfileValidator.Clean(HandoverNotes);
        if (notes.Length > NotesMaxLength)
        {
            ModelState.AddModelError(nameof(HandoverNotes), $"Notes must be {NotesMaxLength:N0} characters or fewer");
        }

        if (ModelState.ErrorCount > 0 || handedOver is null)
        {
            return BadRequestPage();
        }

        var result = await changes.SaveAsync(placement, formVersion, "Recorded the handover to the line manager", p =>
        {
            p.LineManagerName = name;
            p.HandedOverOn = handedOver;
            p.HandoverNotes = notes.Length == 0 ? null : notes;
        }, cancellationToken);
        if (result.Done)
        {
            return Redirect($"/coach/placements/{Id}/internship?done=handover#handover");
        }

        ModelState.AddModelError("", PlacementMove.StaleMessage);
        if (await changes.FindAsync(Id, cancellationToken) is { } fresh)
        {
            Placement = fresh;
            Version = fresh.Version;
        }

        return BadRequestPage();
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
