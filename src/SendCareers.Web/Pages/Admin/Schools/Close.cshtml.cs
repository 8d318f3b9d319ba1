using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.Schools;

/// <summary>
/// Closes an open school or college, or reopens a closed one: audited, guarded by its version. Closing
/// deletes nothing: its young people, coaches and history stay; it only drops out of pick lists.
/// </summary>
public class CloseModel(AppDbContext db, GuardedChange guarded, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string Name { get; private set; } = "";

    public bool IsOpen { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public int YoungPeople { get; private set; }

    public int Coaches { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var school = await LoadAsync(cancellationToken);
        if (school is null)
        {
            return NotFound();
        }

        Version = school.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var formVersion = ModelState.TryGetValue(nameof(Version), out var posted) && posted.Errors.Count > 0 ? Guid.NewGuid() : Version;
        var school = await LoadAsync(cancellationToken);
        if (school is null)
        {
            return NotFound();
        }

        var closing = school.IsOpen;
        var note = new AuditNote(closing ? "Closed a school or college" : "Reopened a school or college", AuditTrail.School, school.Id, school.Name);
        var saved = await guarded.SaveAsync(school, formVersion, note, () =>
        {
            school.ClosedAtUtc = closing ? time.GetUtcNow().UtcDateTime : null;
            return Task.CompletedTask;
        }, cancellationToken);
        if (!saved)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Someone else changed this school or college since you opened this page. Check what it shows now and try again.");
            db.ChangeTracker.Clear();
            school = (await LoadAsync(cancellationToken))!;
            Version = school.Version;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/admin/schools?done={(closing ? "closed" : "reopened")}&school={school.Id}");
    }

    private async Task<School?> LoadAsync(CancellationToken cancellationToken)
    {
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (school is null)
        {
            return null;
        }

        (Name, IsOpen, ClosedAtUtc) = (school.Name, school.IsOpen, school.ClosedAtUtc);
        YoungPeople = await db.YoungPeople.CountAsync(p => p.SchoolId == Id && p.ErasedAtUtc == null, cancellationToken);
        Coaches = await db.ActiveJobCoaches().CountAsync(u => u.SchoolId == Id, cancellationToken);
        return school;
    }
}
