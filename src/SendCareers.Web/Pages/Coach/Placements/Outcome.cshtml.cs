using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Placements.Internships;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Debriefs;
using SendCareers.Web.Placements;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// How the internship ended: a paid job offered or not, its hours, Access to Work, and the next step the
/// coach agreed. <see cref="InternshipOutcome"/> decides which combinations make sense.
/// </summary>
public class OutcomeModel(InternshipChanges changes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? PaidJobOffered { get; set; }

    [BindProperty]
    public string? HoursPerWeek { get; set; }

    [BindProperty]
    public string? AccessToWork { get; set; }

    [BindProperty]
    public string? NextStep { get; set; }

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
        PaidJobOffered = placement.OutcomePaidJobOffered switch { true => "yes", false => "no", null => null };
        HoursPerWeek = placement.OutcomeHoursPerWeek?.ToString("0.#", CultureInfo.InvariantCulture);
        AccessToWork = placement.OutcomeAccessToWork is { } a ? AccessToWorkChoices.Value(a) : null;
        NextStep = placement.NextStep is { } n ? DebriefChoices.Value(n) : null;
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
            ModelState.AddModelError("", "You can record the outcome once the internship has started.");
            return BadRequestPage();
        }

        bool? offered = PaidJobOffered switch { "yes" => true, "no" => false, _ => null };
        if (offered is null)
        {
            ModelState.AddModelError(nameof(PaidJobOffered), "Select yes if a paid job was offered");
        }

        decimal? hours = null;
        var hoursReadable = true;
        var hoursText = HoursPerWeek?.Trim() ?? "";
        if (hoursText.Length > 0)
        {
            if (hoursText.Length <= 6
                && decimal.TryParse(hoursText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h)
                && h == Math.Round(h, 1))
            {
                hours = h;
            }
            else
            {
                hoursReadable = false;
                ModelState.AddModelError(nameof(HoursPerWeek), "Hours a week must be a number, like 16 or 22.5");
            }
        }

        var accessToWork = AccessToWorkChoices.Of(AccessToWork);
        if (accessToWork is null)
        {
            ModelState.AddModelError(nameof(AccessToWork), "Select where the Access to Work claim stands");
        }

        var nextStep = DebriefChoices.NextStepOf(NextStep);
        if (nextStep is null)
        {
            ModelState.AddModelError(nameof(NextStep), "Select the next step");
        }

        if (offered is { } o && accessToWork is { } a && hoursReadable)
        {
            foreach (var problem in new InternshipOutcome(o, hours, a).Problems())
            {
                ModelState.AddModelError(nameof(HoursPerWeek), problem);
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            return BadRequestPage();
        }

        var result = await changes.SaveAsync(placement, formVersion, "Recorded the outcome of the internship", p =>
        {
            p.OutcomePaidJobOffered = offered;
            p.OutcomeHoursPerWeek = hours;
            p.OutcomeAccessToWork = accessToWork;
            p.NextStep = nextStep;
        }, cancellationToken);
        if (result.Done)
        {
            return Redirect($"/coach/placements/{Id}?done=outcome#outcome");
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
