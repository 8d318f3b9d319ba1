using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.People;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.Accounts;

/// <summary>
/// Staff accounts that can open young people's records, whether each uses two-step sign-in, and how many
/// courses each job coach has recorded. A hub administrator can turn two-step sign-in off for someone who
/// has lost their phone and their recovery codes. Invitations not yet accepted are listed, to send again or cancel.
/// </summary>
public class IndexModel(AppDbContext db, UserManager<AppUser> users, AuditTrail audit, Invitations invitations, TimeProvider time) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<Invitation> Waiting { get; private set; } = [];

    public DateTime Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await LoadAsync(cancellationToken);
        Waiting = await invitations.OpenAsync(null, cancellationToken);
        Now = time.GetUtcNow().UtcDateTime;
    }

    public async Task<IActionResult> OnPostResendAsync(int invitationId, CancellationToken cancellationToken)
    {
        if (!await invitations.ResendAsync(invitationId, null, cancellationToken))
        {
            return NotFound();
        }

        Notice = "We have sent the invitation again. The earlier link no longer works.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(int invitationId, CancellationToken cancellationToken)
    {
        if (!await invitations.CancelAsync(invitationId, null, cancellationToken))
        {
            return NotFound();
        }

        Notice = "The invitation has been cancelled. Its link no longer works.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTurnOffAsync(string? userId, CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(cancellationToken);
        var row = staff.FirstOrDefault(r => r.Id == userId);
        var user = row is null ? null : await users.FindByIdAsync(row.Id);
        if (user is null)
        {
            return NotFound();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await audit.RecordAsync("Turned off two-step sign-in for someone else", AuditTrail.Account, user.Id, user.DisplayName, cancellationToken);
        }

        Notice = $"Two-step sign-in is off for {user.DisplayName}. They can sign in with their password and set it up again.";
        return RedirectToPage();
    }

    private async Task<List<Row>> LoadAsync(CancellationToken cancellationToken)
    {
        var staffRoles = new[] { Roles.JobCoach, Roles.HubAdmin };
        var rows = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where staffRoles.Contains(r.Name!)
            orderby u.DisplayName
            select new Row(u.Id, u.DisplayName, u.Email ?? "", r.Name!, u.School != null ? u.School.Name : null, u.TwoFactorEnabled, db.CoachTraining.Count(t => t.UserId == u.Id), u.DeactivatedAtUtc != null))
            .ToListAsync(cancellationToken);
        return rows;
    }

    public sealed record Row(string Id, string Name, string Email, string Role, string? School, bool TwoStep, int Courses, bool Deactivated);
}
