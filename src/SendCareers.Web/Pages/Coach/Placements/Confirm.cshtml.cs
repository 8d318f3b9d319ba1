using SendCareers.Domain.Calendar;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Placements;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Coach.Placements;

/// <summary>
/// Confirming an agreed placement: dates, supervisor, job coach and travel plan. The same form changes
/// them on a confirmed placement, and everyone already reminded is then told.
/// </summary>
public class ConfirmModel(AppDbContext db, PlacementScope scope, PlacementWorkflow workflow, TimeProvider time) : PageModel
{
    public static readonly TimeOnly DefaultStart = new(9, 30);
    public static readonly TimeOnly DefaultEnd = new(15, 0);

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public DateInput StartDate { get; set; } = new();

    /// <summary>"yes" when the coach has confirmed a first day on a weekend, a bank holiday or outside the opening's dates.</summary>
    [BindProperty]
    public List<string> StartIsRight { get; set; } = [];

    [BindProperty]
    public DateInput EndDate { get; set; } = new();

    [BindProperty]
    public string? SupervisorName { get; set; }

    [BindProperty]
    public string? SupervisorEmail { get; set; }

    [BindProperty]
    public string? JobCoach { get; set; }

    [BindProperty]
    public string? TravelPlan { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? MeetingPoint { get; set; }

    public static IReadOnlyList<ChoiceItem> StartIsRightChoice { get; } = [new("yes", "Yes, the first day is right")];

    /// <summary>Why the first day typed may be a mistake; the coach must confirm it.</summary>
    public IReadOnlyList<string> StartWarnings { get; private set; } = [];

    public Placement Placement { get; private set; } = new();

    public IReadOnlyList<ChoiceItem> Coaches { get; private set; } = [];

    public bool IsChange => Placement.State == PlacementState.Confirmed;

    public TimeOnly StartTime => Placement.Opening?.StartTime ?? DefaultStart;

    public TimeOnly EndTime => Placement.Opening?.EndTime ?? DefaultEnd;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!CanUse(out var refusal))
        {
            ModelState.AddModelError("", refusal!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var p = Placement;
        Version = p.Version;
        StartDate = DateInput.From(p.StartsAtUtc is { } s ? UkDate(s) : p.Opening?.StartsOn);
        EndDate = DateInput.From(p.EndsAtUtc is { } e ? UkDate(e) : p.Opening?.EndsOn);
        SupervisorName = p.SupervisorName;
        SupervisorEmail = p.SupervisorEmail;
        JobCoach = p.JobCoachUserId ?? (User.IsInRole(Roles.JobCoach) ? User.UserId() : null);
        TravelPlan = p.TravelPlan;
        // Confirmed placements keep their own; a new one starts from what the opening says.
        Address = p.StartsAtUtc is null ? p.Opening?.Address : p.Address;
        MeetingPoint = p.StartsAtUtc is null ? p.Opening?.MeetingPoint : p.MeetingPoint;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A mangled version is treated as stale (below), not shown to the user as a field error.
        if (ModelState.TryGetValue(nameof(Version), out var version) && version.Errors.Count > 0)
        {
            ModelState.Remove(nameof(Version));
        }

        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!CanUse(out var refusal))
        {
            ModelState.AddModelError("", refusal!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var details = Check();
        if (details is not null)
        {
            var wasChange = IsChange;
            var result = await workflow.ConfirmAsync(Placement, formVersion, PlacementWorkflow.ActorFor(User, ActorRole.JobCoach), details, cancellationToken);
            if (result.Done)
            {
                return Redirect($"/coach/placements/{Id}?done={(wasChange ? "changed" : "confirmed")}");
            }

            foreach (var (field, message) in result.Problems)
            {
                ModelState.AddModelError(field ?? "", message);
            }

            if (result.Stale)
            {
                await LoadAsync(cancellationToken);
                ModelState.Remove(nameof(Version));
                Version = Placement.Version;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private bool CanUse(out string? refusal)
    {
        refusal = Placement.State switch
        {
            PlacementState.Agreed or PlacementState.Confirmed => null,
            PlacementState.Proposed => "The employer must accept the placement before it can be confirmed.",
            var state => $"This placement is {state.Describe()}, so its arrangements can no longer be changed.",
        };
        return refusal is null;
    }

    /// <summary>The first day already agreed (when changing a confirmed placement): keeping it needs no confirmation again.</summary>
    private DateOnly? SavedStart => Placement.StartsAtUtc is { } saved ? UkDate(saved) : null;

    private ConfirmDetails? Check()
    {
        var today = UkTimeZone.Today(time);
        DateOnly? start = null;
        DateOnly? end = null;
        if (!StartDate.TryRead("Start date", out var s, out var startError))
        {
            ModelState.AddModelError(nameof(StartDate), startError!);
        }
        else if (s < today)
        {
            ModelState.AddModelError(nameof(StartDate), "The start date must be today or in the future");
        }
        else
        {
            start = s;
        }

        if (!EndDate.TryRead("End date", out var e, out var endError))
        {
            ModelState.AddModelError(nameof(EndDate), endError!);
        }
        else if (start is { } first && e < first)
        {
            ModelState.AddModelError(nameof(EndDate), "The end date must be the same as or after the start date");
        }
        else if (start is { } begin && e > begin.AddYears(2))
        {
            ModelState.AddModelError(nameof(EndDate), "The end date must be within 2 years of the start date");
        }
        else
        {
            end = e;
        }

        var supervisor = EmployerProfileValidator.Clean(SupervisorName);
        if (supervisor.Length == 0)
        {
            ModelState.AddModelError(nameof(SupervisorName), "Enter the name of the supervisor at the workplace");
        }
        else if (supervisor.Length > 200)
        {
            ModelState.AddModelError(nameof(SupervisorName), "Supervisor's name must be 200 characters or fewer");
        }

        var email = EmployerProfileValidator.Clean(SupervisorEmail);
        if (email.Length == 0)
        {
            ModelState.AddModelError(nameof(SupervisorEmail), "Enter the supervisor's e-mail address, so they get the reminders");
        }
        else if (email.Length > 254 || !EmployerProfileValidator.IsEmailAddress(email))
        {
            ModelState.AddModelError(nameof(SupervisorEmail), "Enter an e-mail address in the correct format, like name@example.com");
        }

        if (string.IsNullOrEmpty(JobCoach) || Coaches.All(c => c.Value != JobCoach))
        {
            ModelState.AddModelError(nameof(JobCoach), "Choose a job coach");
        }

        var travel = EmployerProfileValidator.Clean(TravelPlan);
        if (travel.Length == 0)
        {
            ModelState.AddModelError(nameof(TravelPlan), "Enter a travel plan");
        }
        else if (travel.Length > 2000)
        {
            ModelState.AddModelError(nameof(TravelPlan), "Travel plan must be 2,000 characters or fewer");
        }

        var address = EmployerProfileValidator.Clean(Address);
        if (address.Length > FormValues.MaxPlaceLength)
        {
            ModelState.AddModelError(nameof(Address), $"Address must be {FormValues.MaxPlaceLength} characters or fewer");
        }

        var meetingPoint = EmployerProfileValidator.Clean(MeetingPoint);
        if (meetingPoint.Length > FormValues.MaxPlaceLength)
        {
            ModelState.AddModelError(nameof(MeetingPoint), $"Meeting point must be {FormValues.MaxPlaceLength} characters or fewer");
        }

        if (start is { } first2 && first2 != SavedStart)
        {
            StartWarnings = StartDateWarnings.For(first2, Placement.Opening?.StartsOn, Placement.Opening?.EndsOn);
            if (StartWarnings.Count > 0 && !StartIsRight.Contains("yes"))
            {
                ModelState.AddModelError(nameof(StartIsRight), $"{string.Join(". ", StartWarnings)}. Change the first day, or select yes if it is right");
            }
        }

        if (ModelState.ErrorCount > 0 || start is null || end is null)
        {
            return null;
        }

        var startsAt = UkTime.FromUk(start.Value, StartTime).UtcDateTime;
        var endsAt = UkTime.FromUk(end.Value, EndTime).UtcDateTime;
        if (endsAt <= startsAt)
        {
            ModelState.AddModelError(nameof(EndDate), "The end must be after the start");
            return null;
        }

        return new ConfirmDetails(startsAt, endsAt, supervisor, email, JobCoach!, travel, address.Length == 0 ? null : address, meetingPoint.Length == 0 ? null : meetingPoint);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var placement = await scope.ForCoach().WithDetails().SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (placement is null)
        {
            return false;
        }

        Placement = placement;
        var schoolId = placement.YoungPerson!.SchoolId;
        var coachRole = await db.Roles.Where(r => r.Name == Roles.JobCoach).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var coaches = await db.Users.AsNoTracking()
            .Where(u => u.SchoolId == schoolId && u.DeactivatedAtUtc == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == coachRole))
            .OrderBy(u => u.DisplayName)
            .Select(u => new ChoiceItem(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
        Coaches = coaches;
        return true;
    }

    private static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(UkTime.ToUk(new DateTimeOffset(utc, TimeSpan.Zero)).DateTime);

    public string Times => string.Create(CultureInfo.InvariantCulture, $"{UkTime.FormatTime(StartTime)} to {UkTime.FormatTime(EndTime)}");
}
