using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Requests;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Requests;

/// <summary>
/// "Ask employers": a coach posts a request for an encounter; the best-fit employers are invited in waves.
/// When nobody fits, nothing is saved and the coach sees the closest employers and what keeps each out.
/// </summary>
public class NewModel(Caseload caseload, StaffNames staffNames, TimeProvider time, SafeguardingGate safeguarding, RequestWorkflow workflow) : PageModel
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public IReadOnlyList<ChoiceItem> YoungPeople { get; private set; } = [];

    /// <summary>When nobody fits: the closest employers and why each does not.</summary>
    public IReadOnlyList<UnfitEmployer> Closest { get; private set; } = [];

    public bool NobodyFits { get; private set; }

    public static IReadOnlyList<ChoiceItem> Kinds { get; } = [.. RequestForm.Kinds.Select(k => new ChoiceItem(k.ToString(), RequestText.KindName(k)))];

    public static IReadOnlyList<ChoiceItem> Venues { get; } = [.. Enum.GetValues<RequestVenue>().Select(v => new ChoiceItem(v.ToString(), RequestText.VenueName(v)))];

    public static IReadOnlyList<ChoiceItem> DayItems { get; } = [.. RequestForm.DayChoices.Select(d => new ChoiceItem(d.ToString(), d.ToString()))];

    public static IReadOnlyList<ChoiceItem> SectorItems { get; } = [.. Enum.GetValues<Sector>().Select(s => new ChoiceItem(s.ToString(), EnumLabels.For(s)))];

    public static IReadOnlyList<ChoiceItem> AccessItems { get; } = [.. RequestForm.AccessChoices.Select(a => new ChoiceItem(a.ToString(), EnumLabels.For(a)))];

    private Dictionary<int, int> _schoolOf = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Days = [.. RequestForm.DayChoices.Select(d => d.ToString())];
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (details, problems) = RequestForm.Check(Input, UkTimeZone.Today(time), _schoolOf);
        foreach (var problem in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        }

        if (details is null)
        {
            return Invalid();
        }

        var schoolId = _schoolOf[details.YoungPersonIds[0]];
        var checks = await safeguarding.RequiredForAsync(details.Kind, cancellationToken);
        var (id, ranking) = await workflow.PostAsync(details, schoolId, User.UserId()!, checks, cancellationToken);
        if (id is null)
        {
            NobodyFits = true;
            Closest = ranking.Closest;
            ModelState.AddModelError("", ranking.Closest.Count == 0
                ? "No employer fits this request: no approved employer offers this kind of encounter yet"
                : $"No employer fits this request; the closest are {string.Join(", ", ranking.Closest.Select(c => c.Name))}. Change the dates, days, place or needs, or ask the hub to find an employer");
            return Invalid();
        }

        return Redirect($"/coach/requests/{id}?done=posted");
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var people = await caseload.Current().AsNoTracking()
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
        _schoolOf = people.ToDictionary(p => p.Id, p => p.SchoolId);
    }
}
