using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Evidence;

/// <summary>Records a Preparing for Adulthood review, for the NDTi figure "% with an employment-focused review".</summary>
public class NewReviewModel(AppDbContext db, Caseload caseload, TimeProvider time, StaffNames staffNames) : PageModel
{
    public const int MaxNotes = 2000;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public DateInput HeldOn { get; set; } = new();

    [BindProperty]
    public string? EmploymentFocused { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<ChoiceItem> YesNo { get; } = EmployerChoices.YesNo;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var today = UkTimeZone.Today(time);
        DateOnly? held = null;
        if (!HeldOn.TryRead("Date of the review", out var date, out var dateError))
        {
            ModelState.AddModelError(nameof(HeldOn), dateError!);
        }
        else if (date > today)
        {
            ModelState.AddModelError(nameof(HeldOn), "Date of the review must be today or in the past");
        }
        else if (date < today.AddYears(-15))
        {
            ModelState.AddModelError(nameof(HeldOn), "Date of the review must be within the last 15 years");
        }
        else
        {
            held = date;
        }

        if (EmploymentFocused is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(EmploymentFocused), "Select yes if the review focused on employment");
        }

        var notes = FormValues.Optional(Notes);
        if (notes?.Length > MaxNotes)
        {
            ModelState.AddModelError(nameof(Notes), $"Notes must be {MaxNotes:N0} characters or fewer");
        }

        if (ModelState.ErrorCount > 0 || held is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.PreparingForAdulthoodReviews.Add(new PreparingForAdulthoodReview
        {
            YoungPersonId = Id,
            HeldOn = held.Value,
            EmploymentFocused = EmploymentFocused == "yes",
            Notes = notes,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
            RecordedByUserId = User.UserId(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/coach/young-people/{Id}/careers-record?saved=review");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Name = await caseload.YoungPeople().AnyAsync(p => p.Id == Id, cancellationToken) ? await staffNames.ForAsync(Id, cancellationToken) ?? "" : "";
        return Name.Length > 0;
    }
}
