using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Calendar;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.People;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Admin.Accounts;

/// <summary>
/// One staff account: a job coach's school and the history of where they have been, and deactivating the
/// account when someone leaves (or reactivating it). A hub administrator cannot deactivate themself.
/// </summary>
public class AccountModel(AppDbContext db, AccountStatus status, CoachSchools schools, CalendarFeeds feeds) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string UserId { get; set; } = "";

    [BindProperty]
    public string? SchoolId { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public AppUser Person { get; private set; } = new();

    public bool IsCoach { get; private set; }

    public bool IsSelf => Person.Id == User.UserId();

    public string? SchoolName { get; private set; }

    public IReadOnlyList<CoachSchools.Line> History { get; private set; } = [];

    public IReadOnlyList<ChoiceItem> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError(string.Empty, "You cannot deactivate your own account");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await status.DeactivateAsync(Person, cancellationToken);
        await feeds.StopAsync(Person.Id, cancellationToken);
        Notice = $"{Person.DisplayName}'s account is deactivated. They cannot sign in, and their calendar link has stopped.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await status.ReactivateAsync(Person, cancellationToken);
        Notice = $"{Person.DisplayName}'s account is active again. They can sign in with their password.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostChangeSchoolAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !IsCoach)
        {
            return NotFound();
        }

        School? to = null;
        if (Person.DeactivatedAtUtc is not null)
        {
            ModelState.AddModelError(nameof(SchoolId), "Reactivate the account before changing their school");
        }
        else if (string.IsNullOrEmpty(SchoolId))
        {
            ModelState.AddModelError(nameof(SchoolId), "Choose the school or college to move them to");
        }
        else if (!int.TryParse(SchoolId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || (to = await db.Schools.SingleOrDefaultAsync(s => s.Id == id && s.ClosedAtUtc == null, cancellationToken)) is null)
        {
            ModelState.AddModelError(nameof(SchoolId), "Choose a school or college from the list");
        }
        else if (to.Id == Person.SchoolId)
        {
            ModelState.AddModelError(nameof(SchoolId), $"{Person.DisplayName} is already at {to.Name}. Choose another school or college");
        }

        if (ModelState.ErrorCount > 0 || to is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await schools.MoveAsync(Person, to, cancellationToken);
        Notice = $"{Person.DisplayName} now works for {to.Name}. They will need to sign in again.";
        return Redirect(Here);
    }

    private string Here => $"/admin/accounts/{Uri.EscapeDataString(UserId)}";

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        // Staff only: employer contacts are managed from their organisation's page.
        var staff = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where u.Id == UserId && (r.Name == Roles.JobCoach || r.Name == Roles.HubAdmin)
            select new { User = u, Role = r.Name })
            .ToListAsync(cancellationToken);
        if (staff.Count == 0)
        {
            return false;
        }

        Person = staff[0].User;
        IsCoach = staff.Any(s => s.Role == Roles.JobCoach) && staff.All(s => s.Role != Roles.HubAdmin);
        SchoolName = Person.SchoolId is { } schoolId ? await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) : null;
        History = IsCoach ? await schools.HistoryAsync(Person.Id, cancellationToken) : [];
        Schools = await db.Schools.AsNoTracking().Where(s => s.ClosedAtUtc == null).OrderBy(s => s.Name).Select(s => new ChoiceItem(s.Id.ToString(), s.Name, null)).ToListAsync(cancellationToken);
        return true;
    }
}
