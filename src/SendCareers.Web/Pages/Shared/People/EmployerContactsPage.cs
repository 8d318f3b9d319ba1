using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Calendar;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.People;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Shared.People;

/// <summary>
/// An employer's contacts and the invitations waiting for colleagues, for one organisation: the signed-in
/// contact's own (MyOrganisation) or the one in the address (a hub administrator). Every action is limited
/// to that organisation, whatever ids are posted.
/// </summary>
public abstract class EmployerContactsPage(AppDbContext db, Invitations invitations, EmployerContacts contacts, CalendarFeeds feeds, TimeProvider time) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string OrganisationName { get; private set; } = "";

    public IReadOnlyList<EmployerContacts.Contact> Contacts { get; private set; } = [];

    public IReadOnlyList<Invitation> Waiting { get; private set; } = [];

    public DateTime Now { get; private set; }

    /// <summary>"your organisation" or the organisation's name, for sentences.</summary>
    public abstract bool ForOwnOrganisation { get; }

    /// <summary>The organisation in scope, or null when there is none (a 404).</summary>
    protected abstract int? EmployerId { get; }

    protected abstract string Here { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input.Check(ModelState, nameof(Input));
        if (ModelState.ErrorCount == 0)
        {
            var outcome = await invitations.InviteAsync(new InvitationRequest(Input.CleanName, Input.CleanEmail, Roles.Employer, null, EmployerId), cancellationToken);
            if (outcome == InviteOutcome.Sent)
            {
                Notice = $"We have sent an invitation to {Input.CleanEmail}.";
                return Redirect(Here);
            }

            InviteInput.AddOutcomeError(outcome, ModelState, nameof(Input));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(int invitationId, CancellationToken cancellationToken)
    {
        if (EmployerId is not { } employerId || !await invitations.ResendAsync(invitationId, employerId, cancellationToken))
        {
            return NotFound();
        }

        Notice = "We have sent the invitation again. The earlier link no longer works.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostCancelAsync(int invitationId, CancellationToken cancellationToken)
    {
        if (EmployerId is not { } employerId || !await invitations.CancelAsync(invitationId, employerId, cancellationToken))
        {
            return NotFound();
        }

        Notice = "The invitation has been cancelled. Its link no longer works.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostMakeMainAsync(string? userId, CancellationToken cancellationToken)
    {
        if (EmployerId is not { } employerId)
        {
            return NotFound();
        }

        var refused = await contacts.MakeMainAsync(employerId, userId, cancellationToken);
        if (refused is not null)
        {
            return await RefuseAsync(refused, cancellationToken);
        }

        Notice = "The main contact has changed. E-mails to the organisation now go to them.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? userId, CancellationToken cancellationToken)
    {
        if (EmployerId is not { } employerId)
        {
            return NotFound();
        }

        var refused = userId is not null && userId == User.UserId()
            ? "You cannot remove yourself. Ask a colleague or the hub to do it"
            : await contacts.RemoveAsync(employerId, userId, cancellationToken);
        if (refused is not null)
        {
            return await RefuseAsync(refused, cancellationToken);
        }

        await feeds.StopAsync(userId!, cancellationToken);
        Notice = "The contact has been removed. They can no longer sign in; what they did for the organisation is kept.";
        return Redirect(Here);
    }

    private async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        if (message == EmployerContacts.NotFound || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddModelError("contacts", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var name = EmployerId is { } id ? await db.Employers.Where(e => e.Id == id).Select(e => e.OrganisationName).SingleOrDefaultAsync(cancellationToken) : null;
        if (name is null)
        {
            return false;
        }

        OrganisationName = name;
        Contacts = await contacts.ListAsync(EmployerId!.Value, cancellationToken);
        Waiting = await invitations.OpenAsync(EmployerId, cancellationToken);
        Now = time.GetUtcNow().UtcDateTime;
        return true;
    }
}
