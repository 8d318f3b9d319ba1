using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.Schools;

/// <summary>Changes a school's or college's details (open or closed), guarded by its version and audited.</summary>
public class EditModel(AppDbContext db, OutcodeDirectory outcodes, GuardedChange guarded) : SchoolFormModel(db, outcodes)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string CurrentName { get; private set; } = "";

    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var school = await Db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (school is null)
        {
            return NotFound();
        }

        (CurrentName, IsOpen, Version) = (school.Name, school.IsOpen, school.Version);
        Fill(school);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var formVersion = ModelState.TryGetValue(nameof(Version), out var posted) && posted.Errors.Count > 0 ? Guid.NewGuid() : Version;
        var school = await Db.Schools.SingleOrDefaultAsync(s => s.Id == Id, cancellationToken);
        if (school is null)
        {
            return NotFound();
        }

        (CurrentName, IsOpen) = (school.Name, school.IsOpen);
        var before = school.Name;
        var changes = await CheckAndApplyAsync(school, cancellationToken);
        if (changes is null)
        {
            Version = formVersion;
            return Page();
        }

        var detail = changes.Count == 0 ? "Saved without changes" : $"{before}: changed {string.Join(", ", changes)}";
        if (!await guarded.SaveAsync(school, formVersion, new AuditNote("Changed a school or college", AuditTrail.School, school.Id, detail), () => Task.CompletedTask, cancellationToken))
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("", "Someone else changed this school or college while you were editing it. Check its details and save again.");
            Version = await Db.Schools.Where(s => s.Id == Id).Select(s => s.Version).SingleAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/admin/schools?done=changed&school={school.Id}");
    }
}
