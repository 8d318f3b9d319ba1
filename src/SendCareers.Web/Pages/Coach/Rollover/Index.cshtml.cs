using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Rollover;

/// <summary>
/// The new school year for one school or college: per young person, stays (moves up a year group), leaves at
/// the end of this year, or moves to another school or college in the hub. A job coach sees their own school;
/// a hub administrator chooses one. One submit applies every choice in one transaction.
/// </summary>
public class IndexModel(AppDbContext db, SchoolYearRollover rollover, TimeProvider time) : PageModel
{
    public const string StaysValue = "stays";
    public const string LeavesValue = "leaves";
    public const string MovesValue = "moves";

    /// <param name="LeavingOn">A leaving date still to come, given at an earlier rollover.</param>
    public sealed record Row(int Id, string Name, string YearGroupNow, string YearGroupNext, RolloverChoice DefaultChoice, DateOnly? LeavingOn);

    /// <summary>For a hub administrator: the school or college to roll over. Ignored for a job coach, who has their own.</summary>
    [BindProperty(SupportsGet = true)]
    public int? School { get; set; }

    /// <summary>The young people the form was shown for, so a choice is never applied to anyone else.</summary>
    [BindProperty]
    public List<string> YoungPersonIds { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Choice { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> MoveTo { get; set; } = [];

    [BindProperty]
    public DateInput LeavingDate { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Applied { get; set; }

    public int? SchoolId { get; private set; }

    /// <summary>Where the form posts: a hub administrator's choice of school stays in the address.</summary>
    public string FormAction => User.IsHubAdmin() && SchoolId is { } id ? $"/coach/rollover?school={Key(id)}" : "/coach/rollover";

    public string SchoolName { get; private set; } = "";

    public int PreparedYear { get; private set; }

    public string PreparedLabel => SchoolYear.AcademicYearLabel(PreparedYear);

    public string EndingLabel => SchoolYear.AcademicYearLabel(PreparedYear - 1);

    public DateOnly DefaultLeavingDate => YearlyRollover.DefaultLeavingDate(PreparedYear);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<ChoiceItem> Schools { get; private set; } = [];

    /// <summary>For a hub administrator who has not chosen yet: the open schools and colleges.</summary>
    public IReadOnlyList<ChoiceItem> SchoolChoices { get; private set; } = [];

    /// <summary>The rollovers already applied for the year prepared, newest first.</summary>
    public IReadOnlyList<Data.Entities.SchoolRollover> Done { get; private set; } = [];

    public Data.Entities.SchoolRollover? JustApplied { get; private set; }

    public string ChoiceOf(Row row) =>
        Choice.TryGetValue(Key(row.Id), out var chosen) && chosen is not null ? chosen : ValueOf(row.DefaultChoice);

    public string? MoveToOf(Row row) => MoveTo.GetValueOrDefault(Key(row.Id));

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string ValueOf(RolloverChoice choice) => choice switch
    {
        RolloverChoice.Leaves => LeavesValue,
        RolloverChoice.Moves => MovesValue,
        _ => StaysValue,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (SchoolId is null)
        {
            return Page();
        }

        LeavingDate = DateInput.From(DefaultLeavingDate);
        if (Applied is { } id)
        {
            JustApplied = Done.FirstOrDefault(r => r.Id == id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || SchoolId is not { } schoolId)
        {
            return NotFound();
        }

        ModelState.Clear();
        var shown = Rows.ToDictionary(r => r.Id);
        var posted = new List<int>();
        var foreign = false;
        foreach (var text in YoungPersonIds)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && shown.ContainsKey(id) && !posted.Contains(id))
            {
                posted.Add(id);
            }
            else
            {
                foreign = true;
            }
        }

        if (foreign || posted.Count == 0)
        {
            ModelState.AddModelError(string.Empty, $"The list of young people at {SchoolName} has changed since you opened this page. Check the choices below and apply them again.");
            return Invalid();
        }

        var destinations = Schools.ToDictionary(s => s.Value, s => s.Text);
        var decisions = new List<SchoolYearRollover.Decision>();
        foreach (var id in posted)
        {
            var row = shown[id];
            var key = Key(id);
            var choice = Choice.GetValueOrDefault(key) switch
            {
                StaysValue => RolloverChoice.Stays,
                LeavesValue => RolloverChoice.Leaves,
                MovesValue => RolloverChoice.Moves,
                _ => (RolloverChoice?)null,
            };
            if (choice is null)
            {
                ModelState.AddModelError($"{nameof(Choice)}[{key}]", $"Select whether {row.Name} stays, leaves or moves");
                continue;
            }

            int? moveTo = null;
            if (choice == RolloverChoice.Moves)
            {
                var school = MoveTo.GetValueOrDefault(key)?.Trim();
                if (string.IsNullOrEmpty(school))
                {
                    ModelState.AddModelError($"{nameof(MoveTo)}[{key}]", $"Select the school or college {row.Name} moves to");
                    continue;
                }

                if (!destinations.ContainsKey(school))
                {
                    var closed = int.TryParse(school, NumberStyles.None, CultureInfo.InvariantCulture, out var schoolId2)
                        && await db.Schools.AnyAsync(s => s.Id == schoolId2 && s.ClosedAtUtc != null, cancellationToken);
                    ModelState.AddModelError($"{nameof(MoveTo)}[{key}]", closed
                        ? $"The school or college chosen for {row.Name} has closed: select one that is open"
                        : $"Select a school or college in the hub for {row.Name}, other than {SchoolName}");
                    continue;
                }

                moveTo = int.Parse(school, CultureInfo.InvariantCulture);
            }

            decisions.Add(new(id, choice.Value, moveTo));
        }

        DateOnly leavingDate = default;
        if (decisions.Any(d => d.Choice == RolloverChoice.Leaves) || Choice.Values.Any(v => v == LeavesValue))
        {
            const string Label = "Leaving date";
            if (!LeavingDate.TryRead(Label, out leavingDate, out var error, $"31 7 {PreparedYear}"))
            {
                ModelState.AddModelError(nameof(LeavingDate), error!);
            }
            else
            {
                var (earliest, latest) = YearlyRollover.LeavingDateRange(PreparedYear);
                if (leavingDate < earliest || leavingDate > latest)
                {
                    ModelState.AddModelError(nameof(LeavingDate), $"{Label} must be between {UkFormat.Date(earliest)} and {UkFormat.Date(latest)}");
                }
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            return Invalid();
        }

        var result = await rollover.ApplyAsync(schoolId, PreparedYear, leavingDate, decisions, cancellationToken);
        if (result is null)
        {
            await LoadAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, $"Someone changed the young people at {SchoolName}, or a school or college closed, while you were choosing. Nothing was saved: check the choices below and apply them again.");
            return Invalid();
        }

        return Redirect(User.IsHubAdmin()
            ? $"/coach/rollover?school={schoolId}&applied={result.RolloverId}"
            : $"/coach/rollover?applied={result.RolloverId}");
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Finds the school (the coach's own, or the one a hub administrator chose) and its young people; false if there is none.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var today = UkTimeZone.Today(time);
        PreparedYear = YearlyRollover.PreparedYear(today);
        if (User.IsHubAdmin())
        {
            if (School is null)
            {
                SchoolChoices = (await db.OpenSchools().AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                    .Select(s => new ChoiceItem(Key(s.Id), s.Name)).ToList();
                return true;
            }

            SchoolId = School;
        }
        else
        {
            SchoolId = User.SchoolId();
        }

        if (SchoolId is not { } schoolId || await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) is not { } name)
        {
            return false;
        }

        SchoolName = name;
        var people = await rollover.AtSchool(schoolId).AsNoTracking()
            .Select(p => new { p.Id, p.PreferredName, p.LegalSurname, p.DateOfBirth, p.LeftOn, Parts = new StaffNames.NameParts(p.Id, p.SchoolId, p.PreferredName, p.LegalSurname, p.DateOfBirth, p.Upn) })
            .ToListAsync(cancellationToken);
        var names = StaffNames.Labels(people.Select(p => p.Parts).ToList(), people.Select(p => p.Parts));
        Rows = people
            .Select(p => (Person: p, Groups: YearlyRollover.YearGroups(p.DateOfBirth, PreparedYear)))
            .OrderByDescending(p => p.Groups.Now).ThenBy(p => p.Person.PreferredName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Person.LegalSurname, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Person.Id)
            .Select(p => new Row(p.Person.Id, names[p.Person.Id],
                SchoolYear.YearGroupLabel(p.Groups.Now), SchoolYear.YearGroupLabel(p.Groups.Next),
                p.Person.LeftOn is null ? YearlyRollover.DefaultChoice(p.Person.DateOfBirth, PreparedYear) : RolloverChoice.Leaves, p.Person.LeftOn))
            .ToList();
        Schools = (await rollover.DestinationSchoolsAsync(schoolId, cancellationToken))
            .Select(s => new ChoiceItem(s.Id.ToString(CultureInfo.InvariantCulture), s.Name)).ToList();
        Done = await db.SchoolRollovers.AsNoTracking().Where(r => r.SchoolId == schoolId && r.AcademicYear == PreparedYear)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return true;
    }
}
