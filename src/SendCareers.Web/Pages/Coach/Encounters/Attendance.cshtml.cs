using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>
/// The register, once the encounter has started: attended, absent or excused for each young person
/// booked. Every one must be marked, and none is saved unless all are acceptable. Marks can be corrected.
/// </summary>
public class AttendanceModel(AppDbContext db, EncounterScope scope, EncounterWorkflow workflow, StaffNames staffNames) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>Posted as Marks[youngPersonId] = "Attended" | "Absent" | "Excused".</summary>
    [BindProperty]
    public Dictionary<string, string?> Marks { get; set; } = [];

    public Encounter Encounter { get; private set; } = new();

    /// <summary>The young people booked, as staff see their names (told apart from namesakes).</summary>
    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public string NameOf(int youngPersonId) => Names.GetValueOrDefault(youngPersonId, "A young person");

    /// <summary>Those booked, in the order of their names.</summary>
    public IEnumerable<EncounterAttendee> Booked => Encounter.Attendees.OrderBy(a => NameOf(a.YoungPersonId), StringComparer.OrdinalIgnoreCase).ThenBy(a => a.YoungPersonId);

    public static IReadOnlyList<ChoiceItem> Choices { get; } =
        [.. Enum.GetValues<AttendanceMark>().Select(m => new ChoiceItem(m.ToString(), EnumLabels.For(m)))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Marks = Encounter.Attendees.ToDictionary(a => Key(a.YoungPersonId), a => a.Attendance?.ToString());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Version));
        var formVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var marks = new Dictionary<int, AttendanceMark>();
        foreach (var attendee in Booked)
        {
            var posted = Marks.GetValueOrDefault(Key(attendee.YoungPersonId));
            if (Enum.TryParse<AttendanceMark>(posted, ignoreCase: false, out var mark) && Enum.IsDefined(mark) && posted == mark.ToString())
            {
                marks[attendee.YoungPersonId] = mark;
            }
            else
            {
                ModelState.AddModelError(FieldName(attendee.YoungPersonId), $"Select attended, absent or excused for {NameOf(attendee.YoungPersonId)}");
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await workflow.RecordAttendanceAsync(Encounter, formVersion, marks, User.UserId()!, cancellationToken);
            if (result.Done)
            {
                return Redirect($"/coach/encounters/{Id}?done=attendance");
            }

            foreach (var (field, message) in result.Problems)
            {
                ModelState.AddModelError(field ?? "", message);
            }

            await LoadAsync(cancellationToken);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public static string Key(int youngPersonId) => youngPersonId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The form field (and error key) for one young person's mark.</summary>
    public static string FieldName(int youngPersonId) => $"Marks[{Key(youngPersonId)}]";

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var encounter = await scope.ForCoach(User).WithDetails().SingleOrDefaultAsync(e => e.Id == Id, cancellationToken);
        if (encounter is null)
        {
            return false;
        }

        Encounter = encounter;
        ModelState.Remove(nameof(Version));
        Version = encounter.Version;
        Names = await staffNames.ForAsync(encounter.Attendees.Select(a => a.YoungPersonId), cancellationToken);
        return true;
    }
}
