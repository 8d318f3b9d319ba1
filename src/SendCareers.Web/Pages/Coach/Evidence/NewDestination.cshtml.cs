using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Ndti;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Evidence;

/// <summary>Records where a leaver is at a checkpoint: on leaving, then each year for at least 3 years.</summary>
public class NewDestinationModel(AppDbContext db, Caseload caseload, TimeProvider time, StaffNames staffNames) : PageModel
{
    public const int MaxText = 2000;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public DateInput LeftOn { get; set; } = new();

    [BindProperty]
    public DateInput CheckpointOn { get; set; } = new();

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Hours { get; set; }

    [BindProperty]
    public string? FamilyFeedback { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    public string Name { get; private set; } = "";

    // The leaving date the yearly rollover recorded, offered when no destination gives one yet.
    private DateOnly? _leavingRecord;

    public IReadOnlyList<ChoiceItem> Kinds { get; } = Enum.GetValues<DestinationKind>().Select(k => new ChoiceItem(k.ToString(), k.Describe())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var previous = await db.Destinations.AsNoTracking().Where(d => d.YoungPersonId == Id).OrderByDescending(d => d.CheckpointOn).FirstOrDefaultAsync(cancellationToken);
        LeftOn = DateInput.From(previous?.LeftOn ?? _leavingRecord);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var today = UkTimeZone.Today(time);
        var left = ReadDate(LeftOn, nameof(LeftOn), "Leaving date", today);
        var checkpoint = ReadDate(CheckpointOn, nameof(CheckpointOn), "Date of this checkpoint", today);
        if (left is { } l && checkpoint is { } c && c < l)
        {
            ModelState.AddModelError(nameof(CheckpointOn), "Date of this checkpoint must be the same as or after the leaving date");
        }

        DestinationKind? kind = Enum.TryParse<DestinationKind>(Kind, out var k) && Enum.IsDefined(k) && !int.TryParse(Kind, out _) ? k : null;
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select where they are now");
        }

        decimal? hours = null;
        var hoursText = EmployerProfileValidator.Clean(Hours);
        if (kind?.IsPaidWork() == true)
        {
            if (hoursText.Length == 0)
            {
                ModelState.AddModelError(nameof(Hours), "Enter the paid hours a week");
            }
            else if (!decimal.TryParse(hoursText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) || h <= 0 || h > 80)
            {
                ModelState.AddModelError(nameof(Hours), "Paid hours a week must be a number between 1 and 80, like 16 or 22.5");
            }
            else
            {
                hours = Math.Round(h, 1);
            }
        }

        var feedback = FormValues.Optional(FamilyFeedback);
        if (feedback?.Length > MaxText)
        {
            ModelState.AddModelError(nameof(FamilyFeedback), $"What the family says must be {MaxText:N0} characters or fewer");
        }

        var notes = FormValues.Optional(Notes);
        if (notes?.Length > MaxText)
        {
            ModelState.AddModelError(nameof(Notes), $"Notes must be {MaxText:N0} characters or fewer");
        }

        if (ModelState.ErrorCount > 0 || left is null || checkpoint is null || kind is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.Destinations.Add(new Destination
        {
            YoungPersonId = Id,
            LeftOn = left.Value,
            CheckpointOn = checkpoint.Value,
            Kind = kind.Value,
            PaidHoursPerWeek = hours,
            FamilyFeedback = feedback,
            Notes = notes,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
            RecordedByUserId = User.UserId(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/coach/young-people/{Id}/careers-record?saved=destination");
    }

    private DateOnly? ReadDate(DateInput input, string field, string label, DateOnly today)
    {
        if (!input.TryRead(label, out var date, out var error))
        {
            ModelState.AddModelError(field, error!);
            return null;
        }

        if (date > today)
        {
            ModelState.AddModelError(field, $"{label} must be today or in the past");
            return null;
        }

        if (date < today.AddYears(-15))
        {
            ModelState.AddModelError(field, $"{label} must be within the last 15 years");
            return null;
        }

        return date;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var person = await caseload.YoungPeople().Where(p => p.Id == Id).Select(p => new { p.LeftOn }).SingleOrDefaultAsync(cancellationToken);
        Name = person is null ? "" : await staffNames.ForAsync(Id, cancellationToken) ?? "";
        _leavingRecord = person?.LeftOn;
        return Name.Length > 0;
    }
}
