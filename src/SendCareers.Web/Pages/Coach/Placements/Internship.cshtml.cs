using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements.Internships;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// A supported internship's rotations (checked by <see cref="RotationPlanRules"/>) and the weekly
/// support log: direct hours should fall as natural supports grow, which <see cref="SupportTapering"/>
/// judges and this page shows as a table.
/// </summary>
public class InternshipModel(AppDbContext db, PlacementScope scope, TimeProvider time) : PageModel
{
    public const int NotesMaxLength = 1000;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public DateInput WeekStarting { get; set; } = new();

    [BindProperty]
    public string? Hours { get; set; }

    [BindProperty]
    public string? NaturalSupports { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? DoneMessage => Done switch
    {
        "rotations" => "The rotations have been saved. Debrief forms will go to the employer and the young person when each rotation ends.",
        "removed" => "The rotation has been removed. Its debrief forms will not be sent.",
        "handover" => "The handover has been recorded.",
        "week" => "The week has been recorded.",
        _ => null,
    };

    public bool CanPlanRotations => InternshipChanges.CanPlanRotations(Placement);

    public bool CanRecordProgress => InternshipChanges.CanRecordProgress(Placement);

    public Placement Placement { get; private set; } = new();

    public RotationPlanReview? Review { get; private set; }

    public TaperingAssessment? Tapering { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostWeekAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        DateOnly? week = null;
        if (!WeekStarting.TryRead("Week starting", out var w, out var dateError))
        {
            ModelState.AddModelError(nameof(WeekStarting), dateError!);
        }
        else if (w.DayOfWeek != DayOfWeek.Monday)
        {
            ModelState.AddModelError(nameof(WeekStarting), "Week starting must be a Monday");
        }
        else if (w > UkTimeZone.Today(time))
        {
            ModelState.AddModelError(nameof(WeekStarting), "Week starting must be today or in the past");
        }
        else if (Placement.SupportLog.Any(s => s.WeekStarting == w))
        {
            ModelState.AddModelError(nameof(WeekStarting), "This week has already been recorded");
        }
        else
        {
            week = w;
        }

        decimal? hours = null;
        if (string.IsNullOrWhiteSpace(Hours))
        {
            ModelState.AddModelError(nameof(Hours), "Enter the hours of direct support");
        }
        else if (!decimal.TryParse(Hours.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) || h > 60 || h * 2 != decimal.Truncate(h * 2))
        {
            ModelState.AddModelError(nameof(Hours), "Hours must be a number from 0 to 60, in half hours, like 7.5");
        }
        else
        {
            hours = h;
        }

        var supports = EmployerProfileValidator.Clean(NaturalSupports);
        var notes = EmployerProfileValidator.Clean(Notes);
        if (supports.Length > NotesMaxLength)
        {
            ModelState.AddModelError(nameof(NaturalSupports), $"Natural supports must be {NotesMaxLength:N0} characters or fewer");
        }

        if (notes.Length > NotesMaxLength)
        {
            ModelState.AddModelError(nameof(Notes), $"Notes must be {NotesMaxLength:N0} characters or fewer");
        }

        if (ModelState.ErrorCount > 0 || week is null || hours is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.SupportLog.Add(new SupportLogEntry
        {
            PlacementId = Id,
            WeekStarting = week.Value,
            DirectSupportHours = hours.Value,
            NaturalSupports = supports.Length == 0 ? null : supports,
            Notes = notes.Length == 0 ? null : notes,
            RecordedByUserId = User.UserId(),
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/coach/placements/{Id}/internship?done=week#support-log");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var placement = await scope.ForCoach().AsNoTracking()
            .Include(p => p.Opening).ThenInclude(o => o!.Employer)
            .Include(p => p.YoungPerson)
            .Include(p => p.Rotations)
            .Include(p => p.SupportLog)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == Id && p.Opening!.Kind == OpeningKind.SupportedInternship, cancellationToken);
        if (placement is null)
        {
            return false;
        }

        Placement = placement;
        if (placement.StartsAtUtc is { } s && placement.EndsAtUtc is { } e)
        {
            var (start, end) = (UkDate(s), UkDate(e));
            Review = RotationPlanRules.Check(start, end, placement.Rotations.OrderBy(r => r.Number).Select(r => new Rotation(r.Name, r.StartsOn, r.EndsOn)).ToList());
            Tapering = SupportTapering.Assess(placement.SupportLog.Select(w => new SupportWeek(w.WeekStarting, w.DirectSupportHours)).ToList(), end);
        }

        return true;
    }

    private static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(Domain.Reminders.UkTime.ToUk(new DateTimeOffset(utc, TimeSpan.Zero)).DateTime);
}
