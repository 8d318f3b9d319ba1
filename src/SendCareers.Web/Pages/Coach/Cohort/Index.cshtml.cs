using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Matching;
using SendCareers.Web.Data;
using SendCareers.Web.Matching;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Cohort;

/// <summary>
/// Allocates a group of young people from the coach's caseload to open places at once, for the best
/// total fit (an optimal assignment, not first come first served), keeping the coach's pinned choices.
/// </summary>
public class IndexModel(AppDbContext db, MatchingData data, Proposals proposals, TimeProvider time) : PageModel
{
    /// <summary>How staff see a young person's name here (told apart from namesakes).</summary>
    public string NameOf(SendCareers.Domain.Matching.MatchCandidate candidate) => PersonNames.GetValueOrDefault(candidate.Id, candidate.PreferredName ?? "");

    public const int MaxPins = 200;

    /// <summary>Ids of the young people to allocate.</summary>
    [BindProperty]
    public List<string> People { get; set; } = [];

    /// <summary>Pins as "youngPersonId:openingId".</summary>
    [BindProperty]
    public List<string> Pins { get; set; } = [];

    /// <summary>One more pin chosen with the two lists.</summary>
    [BindProperty]
    public string? PinPerson { get; set; }

    [BindProperty]
    public string? PinOpening { get; set; }

    /// <summary>Allocations to propose, as "youngPersonId:openingId".</summary>
    [BindProperty]
    public List<string> Propose { get; set; } = [];

    public IReadOnlyList<ChoiceItem> PersonChoices { get; private set; } = [];

    public IReadOnlyList<ChoiceItem> OpeningChoices { get; private set; } = [];

    public IReadOnlySet<int> WithPlacement { get; private set; } = new HashSet<int>();

    public CohortAllocation? Result { get; private set; }

    public IReadOnlyDictionary<int, string> PersonNames { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<string> Proposed { get; private set; } = [];

    public IReadOnlyList<string> NotProposed { get; private set; } = [];

    /// <summary>Open openings as loaded with the page, reused by the allocation.</summary>
    private List<MatchOpening> _openings = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        People = PersonChoices.Where(p => !WithPlacement.Contains(Id(p.Value))).Select(p => p.Value).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await AllocateAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Propose.Count == 0)
        {
            ModelState.AddModelError(nameof(Propose), "Select at least one placement to propose");
        }

        var result = await AllocateAsync(cancellationToken);
        if (result is null || !ModelState.IsValid)
        {
            return Page();
        }

        var wanted = Propose.Select(ParsePair).Where(p => p is not null).Select(p => p!.Value).ToHashSet();
        var done = new List<string>();
        foreach (var allocation in result.Placed.Where(a => wanted.Contains((a.Candidate.Id, a.Opening.Id))))
        {
            await proposals.ProposeAsync(
                allocation.Candidate.Id,
                allocation.Opening.Id,
                allocation.Score,
                allocation.Match.Reasons,
                allocation.IsPinned ? "Pinned by the coach in a group allocation" : null,
                User,
                cancellationToken);
            var checks = allocation.Opening.ChecksNeeded;
            done.Add($"{NameOf(allocation.Candidate)}: {allocation.Opening.Title} with {allocation.Opening.EmployerName}"
                + (checks.Count == 0 ? "" : $". Checks needed before it can be confirmed: {string.Join("; ", checks.Select(c => c.Describe()))}"));
        }

        Proposed = done;
        NotProposed = wanted.Count > done.Count
            ? ["Some ticked placements were no longer in the allocation (the openings or profiles changed), so they were not proposed. Check the new allocation below."]
            : [];

        // Show the group again without those now proposed.
        await LoadAsync(cancellationToken);
        var proposedIds = result.Placed.Where(a => wanted.Contains((a.Candidate.Id, a.Opening.Id))).Select(a => a.Candidate.Id).ToHashSet();
        People = People.Where(p => !proposedIds.Contains(Id(p))).ToList();
        Pins = Pins.Where(p => ParsePair(p) is { } pair && !proposedIds.Contains(pair.Person)).ToList();
        Propose = [];
        ModelState.Clear();
        if (People.Count > 0)
        {
            await AllocateAsync(cancellationToken);
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var people = await data.VisiblePeople().AsNoTracking()
            .Select(p => new { p.Id, School = p.School!.Name })
            .ToListAsync(cancellationToken);
        PersonNames = await StaffNames.ForWholeSchoolsAsync(data.VisiblePeople(), cancellationToken);
        people = people.OrderBy(p => PersonNames[p.Id], StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id).ToList();
        var distinctSchools = people.Select(p => p.School).Distinct().Count();
        PersonChoices = people.Select(p => new ChoiceItem(p.Id.ToString(CultureInfo.InvariantCulture), PersonNames[p.Id], distinctSchools > 1 ? p.School : null)).ToList();
        var ids = people.Select(p => p.Id).ToList();
        WithPlacement = (await db.Placements.AsNoTracking()
            .Where(p => ids.Contains(p.YoungPersonId) && MatchingData.Holding.Contains(p.State))
            .Select(p => p.YoungPersonId)
            .ToListAsync(cancellationToken)).ToHashSet();
        _openings = await data.OpeningsAsync(cancellationToken);
        OpeningChoices = _openings.Where(o => o.PlacesTaken < o.PlacesTotal)
            .OrderBy(o => o.Title, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Id)
            .Select(o => new ChoiceItem(o.Id.ToString(CultureInfo.InvariantCulture), $"{o.Title} ({o.EmployerName})"))
            .ToList();
    }

    private async Task<CohortAllocation?> AllocateAsync(CancellationToken cancellationToken)
    {
        var visible = PersonChoices.Select(p => p.Value).ToHashSet();
        var selected = People.Where(visible.Contains).Distinct().Select(Id).ToHashSet();
        People = selected.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();

        if (!string.IsNullOrEmpty(PinPerson) || !string.IsNullOrEmpty(PinOpening))
        {
            if (string.IsNullOrEmpty(PinPerson) || !visible.Contains(PinPerson))
            {
                ModelState.AddModelError(nameof(PinPerson), "Select the young person to pin");
            }

            if (string.IsNullOrEmpty(PinOpening) || OpeningChoices.All(o => o.Value != PinOpening))
            {
                ModelState.AddModelError(nameof(PinOpening), "Select the opening to pin them to");
            }

            if (ModelState.IsValid)
            {
                var person = Id(PinPerson!);
                selected.Add(person);
                People = selected.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
                Pins = Pins.Where(p => ParsePair(p)?.Person != person).Append($"{PinPerson}:{PinOpening}").ToList();
                PinPerson = null;
                PinOpening = null;
                ModelState.Remove(nameof(PinPerson));
                ModelState.Remove(nameof(PinOpening));
            }
        }

        if (selected.Count == 0)
        {
            ModelState.AddModelError(nameof(People), "Select at least one young person");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        var pins = new Dictionary<int, int>();
        foreach (var pin in Pins.Take(MaxPins))
        {
            if (ParsePair(pin) is { } pair && selected.Contains(pair.Person))
            {
                pins[pair.Person] = pair.Opening;
            }
        }

        Pins = pins.Select(p => $"{p.Key}:{p.Value}").ToList();
        var candidates = await data.CandidatesAsync(data.VisiblePeople().Where(p => selected.Contains(p.Id)), cancellationToken);
        Result = CohortAllocator.Allocate(candidates, _openings, UkTimeZone.Today(time), data.Weights, pins);
        return Result;
    }

    public static string Pair(int person, int opening) => $"{person.ToString(CultureInfo.InvariantCulture)}:{opening.ToString(CultureInfo.InvariantCulture)}";

    private static int Id(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;

    private static (int Person, int Opening)? ParsePair(string? text)
    {
        var parts = (text ?? "").Split(':');
        return parts.Length == 2 && Id(parts[0]) is > 0 and var person && Id(parts[1]) is > 0 and var opening ? (person, opening) : null;
    }
}
