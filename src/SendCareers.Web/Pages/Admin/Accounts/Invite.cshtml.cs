using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Pages.Shared.People;
using SendCareers.Web.People;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Admin.Accounts;

/// <summary>A hub administrator invites a job coach (at one school or college) or another hub administrator.</summary>
public class InviteModel(AppDbContext db, Invitations invitations) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? SchoolId { get; set; }

    public IReadOnlyList<ChoiceItem> RoleChoices { get; } =
    [
        new(Roles.JobCoach, "Job coach", "Works with the young people of one school or college"),
        new(Roles.HubAdmin, "Hub administrator", "Sees every school, approves employers and manages accounts"),
    ];

    public IReadOnlyList<ChoiceItem> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        Input.Check(ModelState, nameof(Input));
        int? schoolId = null;
        if (Role is not (Roles.JobCoach or Roles.HubAdmin))
        {
            ModelState.AddModelError(nameof(Role), "Select what they will do");
        }
        else if (Role == Roles.JobCoach)
        {
            if (string.IsNullOrEmpty(SchoolId))
            {
                ModelState.AddModelError(nameof(SchoolId), "Choose the school or college they will work for");
            }
            else if (!int.TryParse(SchoolId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || Schools.All(s => s.Value != SchoolId))
            {
                ModelState.AddModelError(nameof(SchoolId), "Choose a school or college from the list");
            }
            else
            {
                schoolId = id;
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var outcome = await invitations.InviteAsync(new InvitationRequest(Input.CleanName, Input.CleanEmail, Role!, schoolId, null), cancellationToken);
            if (outcome == InviteOutcome.Sent)
            {
                TempData["Notice"] = $"We have sent an invitation to {Input.CleanEmail}.";
                return Redirect("/admin/accounts");
            }

            InviteInput.AddOutcomeError(outcome, ModelState, nameof(Input));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Schools = await db.Schools.AsNoTracking().Where(s => s.ClosedAtUtc == null).OrderBy(s => s.Name)
            .Select(s => new ChoiceItem(s.Id.ToString(), s.Name, null))
            .ToListAsync(cancellationToken);
}
