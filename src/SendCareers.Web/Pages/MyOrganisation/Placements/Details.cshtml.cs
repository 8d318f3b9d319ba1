using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation.Placements;

/// <summary>
/// A proposal for one of the employer's own openings: accept it and name a supervisor, or decline it
/// with a reason. Shows only the young person's first name here; more is in the briefing pack, with consent.
/// </summary>
public class DetailsModel(AppDbContext db, PlacementScope scope, PlacementWorkflow workflow, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? SupervisorName { get; set; }

    [BindProperty]
    public string? SupervisorEmail { get; set; }

    [BindProperty]
    public string? SupervisorPhone { get; set; }

    [BindProperty]
    public string? DeclineReason { get; set; }

    [BindProperty]
    public string? EndEarlyReason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public Placement Placement { get; private set; } = new();

    public string FirstName { get; private set; } = "";

    public IReadOnlyList<PlacementState> Moves { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        SupervisorName ??= Placement.SupervisorName;
        SupervisorEmail ??= Placement.SupervisorEmail;
        SupervisorPhone ??= Placement.SupervisorPhone;
        await audit.RecordAsync("Employer viewed the placement", AuditTrail.Placement, Id, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var name = EmployerProfileValidator.Clean(SupervisorName);
        var email = EmployerProfileValidator.Clean(SupervisorEmail);
        var phone = EmployerProfileValidator.Clean(SupervisorPhone);
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(SupervisorName), "Enter the name of the person who will supervise them");
        }
        else if (name.Length > 200)
        {
            ModelState.AddModelError(nameof(SupervisorName), "Supervisor's name must be 200 characters or fewer");
        }

        if (email.Length > 0 && (email.Length > 254 || !EmployerProfileValidator.IsEmailAddress(email)))
        {
            ModelState.AddModelError(nameof(SupervisorEmail), "Enter an e-mail address in the correct format, like name@example.com, or leave it empty");
        }

        if (phone.Length > 30 || phone.Any(c => !(char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-')))
        {
            ModelState.AddModelError(nameof(SupervisorPhone), "Enter a telephone number, like 0113 496 0000, or leave it empty");
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await workflow.AcceptAsync(Placement, formVersion, PlacementWorkflow.ActorFor(User, ActorRole.Employer), name,
                email.Length == 0 ? null : email, phone.Length == 0 ? null : phone, cancellationToken);
            if (result.Done)
            {
                return Redirect($"/my-organisation/placements/{Id}?done=accepted");
            }

            await ShowProblemsAsync(result, cancellationToken);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken) =>
        MoveWithReasonAsync(PlacementState.Declined, nameof(DeclineReason), DeclineReason, "Enter why you cannot take this placement", "declined", cancellationToken);

    public Task<IActionResult> OnPostEndEarlyAsync(CancellationToken cancellationToken) =>
        MoveWithReasonAsync(PlacementState.EndedEarly, nameof(EndEarlyReason), EndEarlyReason, "Enter why the placement has to end early", "ended", cancellationToken);

    private async Task<IActionResult> MoveWithReasonAsync(PlacementState to, string field, string? typed, string whenEmpty, string done, CancellationToken cancellationToken)
    {
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var reason = EmployerProfileValidator.Clean(typed);
        if (reason.Length == 0)
        {
            ModelState.AddModelError(field, whenEmpty);
        }
        else if (reason.Length > PlacementLifecycle.ReasonMaxLength)
        {
            ModelState.AddModelError(field, $"The reason must be {PlacementLifecycle.ReasonMaxLength:N0} characters or fewer");
        }
        else
        {
            var result = await workflow.MoveAsync(Placement, formVersion, to, PlacementWorkflow.ActorFor(User, ActorRole.Employer), reason, cancellationToken);
            if (result.Done)
            {
                return Redirect($"/my-organisation/placements/{Id}?done={done}");
            }

            await ShowProblemsAsync(result, cancellationToken);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task ShowProblemsAsync(PlacementMove result, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in result.Problems)
        {
            ModelState.AddModelError(field ?? "", message);
        }

        if (result.Stale)
        {
            await LoadAsync(cancellationToken);
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var placement = await scope.ForEmployer(User).WithDetails().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (placement is null)
        {
            return false;
        }

        Placement = placement;
        FirstName = PersonName.FirstName(placement.YoungPerson!.PreferredName);
        ModelState.Remove(nameof(Version));
        Version = placement.Version;
        Moves = PlacementLifecycle.MovesOpenTo(placement.State, ActorRole.Employer);
        return true;
    }
}
