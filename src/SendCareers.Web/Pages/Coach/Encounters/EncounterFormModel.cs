using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>Shared by "Schedule an encounter" and "Change the encounter": the choices offered and the checks.</summary>
public abstract class EncounterFormModel(AppDbContext db, Caseload caseload, StaffNames staffNames, TimeProvider time, SafeguardingGate safeguarding) : PageModel
{
    [BindProperty]
    public EncounterInput Input { get; set; } = new();

    public IReadOnlyList<ChoiceItem> Employers { get; private set; } = [];

    public IReadOnlyList<ChoiceItem> YoungPeople { get; private set; } = [];

    public static IReadOnlyList<ChoiceItem> Kinds { get; } =
        [.. EncounterQueries.Kinds.Select(k => new ChoiceItem(k.ToString(), EncounterQueries.KindName(k)))];

    public static IReadOnlyList<ChoiceItem> DateIsRightChoice { get; } = [new("yes", "Yes, this date is right")];

    /// <summary>Why the date typed may be a mistake (a weekend or a bank holiday); the coach must confirm it.</summary>
    public IReadOnlyList<string> DateWarnings { get; private set; } = [];

    /// <summary>The date already saved (when changing an encounter): keeping it needs no confirmation again.</summary>
    protected DateOnly? SavedDate { get; set; }

    private Dictionary<int, int?> _schoolOf = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Employers = await db.Employers.AsNoTracking()
            .Where(e => e.Status == EmployerStatus.Approved)
            .OrderBy(e => e.OrganisationName)
            .Select(e => new ChoiceItem(e.Id.ToString(CultureInfo.InvariantCulture), e.OrganisationName, null))
            .ToListAsync(cancellationToken);
        var people = await caseload.YoungPeople().AsNoTracking()
            .OrderBy(p => p.PreferredName)
            .Select(p => new { p.Id, p.PreferredName, p.SchoolId, School = p.School!.Name })
            .Take(500)
            .ToListAsync(cancellationToken);
        var schools = people.Select(p => p.SchoolId).Distinct().Count();
        var names = await staffNames.ForAsync(people.Select(p => p.Id), cancellationToken);
        YoungPeople = people
            .Select(p => new { p.Id, Name = names.GetValueOrDefault(p.Id, p.PreferredName), p.School })
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
            .Select(p => new ChoiceItem(p.Id.ToString(CultureInfo.InvariantCulture), p.Name, schools > 1 ? p.School : null))
            .ToList();
        _schoolOf = people.ToDictionary(p => p.Id, p => (int?)p.SchoolId);
    }

    /// <summary>A new encounter may be one already held, recorded afterwards; a scheduled one cannot be moved into the past.</summary>
    protected virtual bool MayBeInThePast => false;

    /// <summary>True when the checked encounter has already ended: it is recorded as held.</summary>
    protected bool IsOver(EncounterDetails details) => details.EndsAtUtc <= time.GetUtcNow().UtcDateTime;

    /// <summary>The checked details, or null with the problems added to the page's errors.</summary>
    protected EncounterDetails? Check()
    {
        var employers = Employers.Select(e => int.Parse(e.Value, CultureInfo.InvariantCulture)).ToList();
        var (details, problems) = EncounterForm.Check(Input, UkTimeZone.Today(time), employers, _schoolOf, MayBeInThePast);
        foreach (var problem in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        }

        if (!problems.Any(p => p.Field == nameof(Input.Date)) && Input.Date.TryRead("Date", out var date, out _) && date != SavedDate)
        {
            DateWarnings = Domain.Calendar.StartDateWarnings.For(date);
            if (DateWarnings.Count > 0 && !Input.DateIsRight.Contains("yes"))
            {
                ModelState.AddModelError(
                    $"{nameof(Input)}.{nameof(Input.DateIsRight)}",
                    $"{string.Join(". ", DateWarnings)}. Change the date, or select yes if it is right");
                return null;
            }
        }

        return details;
    }

    /// <summary>
    /// As <see cref="Check"/>, then the hub's safeguarding rule for the kind of encounter: an employer whose
    /// checks are missing or run out before the day cannot be booked (a talk in school needs none by default).
    /// </summary>
    protected async Task<EncounterDetails?> CheckAsync(CancellationToken cancellationToken)
    {
        if (Check() is not { } details)
        {
            return null;
        }

        var lastDay = DateOnly.FromDateTime(Domain.Reminders.UkTime.ToUk(new DateTimeOffset(details.EndsAtUtc, TimeSpan.Zero)).DateTime);
        if (await safeguarding.RefusalAsync(details.EmployerId, details.Kind, lastDay, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.EmployerId)}", refusal);
            return null;
        }

        return details;
    }

    protected IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
