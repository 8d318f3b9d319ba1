using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Configurations;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Admin.Accounts;

/// <summary>
/// The courses a job coach has completed, and a form to record another. The NDTi self-assessment counts
/// them as evidence that the hub has enough trained job coaches.
/// </summary>
public class TrainingModel(AppDbContext db, AuditTrail audit, TimeProvider time) : PageModel
{
    public const int OldestYears = 50;

    [BindProperty(SupportsGet = true)]
    public string UserId { get; set; } = "";

    [BindProperty]
    public string? Course { get; set; }

    [BindProperty]
    public DateInput CompletedOn { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? DoneMessage => Done switch
    {
        "added" => "The training has been recorded.",
        "removed" => "The training has been removed.",
        _ => null,
    };

    public string CoachName { get; private set; } = "";

    public string? SchoolName { get; private set; }

    public IReadOnlyList<CoachTraining> Recorded { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var course = FormValues.Optional(Course);
        if (course is null)
        {
            ModelState.AddModelError(nameof(Course), "Enter the name of the course");
        }
        else if (course.Length > CoachTrainingConfiguration.MaxCourse)
        {
            ModelState.AddModelError(nameof(Course), $"Name of the course must be {CoachTrainingConfiguration.MaxCourse} characters or fewer");
        }

        var today = UkTimeZone.Today(time);
        DateOnly? completed = null;
        if (!CompletedOn.TryRead("Date completed", out var date, out var dateError, example: "27 3 2025"))
        {
            ModelState.AddModelError(nameof(CompletedOn), dateError!);
        }
        else if (date > today)
        {
            ModelState.AddModelError(nameof(CompletedOn), "Date completed must be today or in the past");
        }
        else if (date < today.AddYears(-OldestYears))
        {
            ModelState.AddModelError(nameof(CompletedOn), $"Date completed must be within the last {OldestYears} years");
        }
        else
        {
            completed = date;
        }

        if (ModelState.ErrorCount > 0 || course is null || completed is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.CoachTraining.Add(new CoachTraining
        {
            UserId = UserId,
            Course = course,
            CompletedOn = completed.Value,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
            RecordedByUserId = User.UserId(),
        });
        // The entry is saved with the training, in the same transaction, or neither is.
        audit.Add("Recorded job coach training", AuditTrail.Account, UserId, course);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/admin/accounts/{Uri.EscapeDataString(UserId)}/training?done=added");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var coach = await db.JobCoaches().AsNoTracking().Where(u => u.Id == UserId)
            .Select(u => new { u.DisplayName, School = u.School != null ? u.School.Name : null })
            .SingleOrDefaultAsync(cancellationToken);
        if (coach is null)
        {
            return false;
        }

        (CoachName, SchoolName) = (coach.DisplayName, coach.School);
        Recorded = await db.CoachTraining.AsNoTracking().Where(t => t.UserId == UserId)
            .OrderByDescending(t => t.CompletedOn).ThenBy(t => t.Course).ToListAsync(cancellationToken);
        return true;
    }
}
