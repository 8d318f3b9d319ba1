using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Safeguarding;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Reminders;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Admin.Employers;

/// <summary>
/// An employer's safeguarding checks with their expiry dates. Recording a check (or its renewal) plans
/// the reminders 30 days before it runs out, in the same save.
/// </summary>
public class ChecksModel(AppDbContext db, CheckExpiryReminders reminders, MessageScheduler scheduler, TimeProvider time) : PageModel
{
    public const int MaxReference = 200;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? Check { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public DateInput ExpiresOn { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public Employer Employer { get; private set; } = new();

    public IReadOnlyList<EmployerCheck> Recorded { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyList<ChoiceItem> Choices { get; } = SafeguardingCheckExtensions.All.Select(c => new ChoiceItem(c.ToString(), c.Title())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        SafeguardingCheck? check = Enum.TryParse<SafeguardingCheck>(Check, out var c) && SafeguardingCheckExtensions.All.Contains(c) && Check == c.ToString() ? c : null;
        if (check is null)
        {
            ModelState.AddModelError(nameof(Check), "Select which check you are recording");
        }

        var reference = FormValues.Optional(Reference);
        if (reference?.Length > MaxReference)
        {
            ModelState.AddModelError(nameof(Reference), $"Reference must be {MaxReference} characters or fewer");
        }

        DateOnly? expires = null;
        if (!ExpiresOn.TryRead("Expiry date", out var date, out var error))
        {
            ModelState.AddModelError(nameof(ExpiresOn), error!);
        }
        else if (date > Today.AddYears(10))
        {
            ModelState.AddModelError(nameof(ExpiresOn), "Expiry date must be within 10 years from today");
        }
        else if (date < Today.AddYears(-5))
        {
            ModelState.AddModelError(nameof(ExpiresOn), "Expiry date must be within the last 5 years");
        }
        else
        {
            expires = date;
        }

        if (ModelState.ErrorCount > 0 || check is null || expires is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.EmployerChecks.SingleOrDefaultAsync(r => r.EmployerId == Id && r.Check == check, cancellationToken);
        if (row is null)
        {
            row = new EmployerCheck { EmployerId = Id, Check = check.Value };
            db.EmployerChecks.Add(row);
        }

        row.Reference = reference;
        row.ExpiresOn = expires.Value;
        row.RecordedAtUtc = time.GetUtcNow().UtcDateTime;
        row.RecordedByUserId = User.UserId();
        await db.SaveChangesAsync(cancellationToken);
        if (expires.Value >= Today)
        {
            await reminders.PlanAsync(row, Employer, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (expires.Value < Today.AddDays(CheckExpiryReminder.DaysBefore + 1))
        {
            scheduler.DispatchSoon();
        }

        return Redirect($"/admin/employers/{Id}/checks?saved={check}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Today = UkTimeZone.Today(time);
        var employer = await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == Id, cancellationToken);
        if (employer is null)
        {
            return false;
        }

        Employer = employer;
        Recorded = await db.EmployerChecks.AsNoTracking().Where(c => c.EmployerId == Id).OrderBy(c => c.Check).ToListAsync(cancellationToken);
        return true;
    }
}
