using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Matching;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Cohort;

/// <summary>
/// Allocates a group of young people from the coach's caseload to open places at once, for the best
/// total fit (an optimal assignment, not first come first served), keeping the coach's pinned choices.
/// One kind of opening at a time, starting within the dates the coach chooses; encounters (talks, visits,
/// mock interviews) are booked for a group on the Encounters pages, never proposed from here as placements.
/// </summary>
public class IndexModel(AppDbContext db, MatchingData data, Proposals proposals, TimeProvider time) : PageModel
{
    /// <summary>How staff see a young person's name here (told apart from namesakes).</summary>
    public string NameOf(SendCareers.Domain.Matching.MatchCandidate candidate) => PersonNames.GetValueOrDefault(candidate.Id, candidate.PreferredName ?? "");

    public const int MaxPins = 200;

    /// <summary>The kinds a group can be shared out among: places for one young person each, not encounters.</summary>
    public static readonly OpeningKind[] PlacementKinds = [.. Enum.GetValues<OpeningKind>().Where(k => !k.IsEncounter())];

    /// <summary>The kind of opening to share out (one at a time).</summary>
    [BindProperty]
    public string? Kind { get; set; }

    /// <summary>Openings starting on or after this day (optional).</summary>
    [BindProperty]
    public DateInput From { get; set; } = new();

    /// <summary>Openings starting on or before this day (optional).</summary>
    [BindProperty]
    public DateInput To { get; set; } = new();

    public IReadOnlyList<ChoiceItem> KindChoices { get; } =
        [.. PlacementKinds.Select(k => new ChoiceItem(k.ToString(), EnumLabels.For(k)))];

    /// <summary>The kind being shared out, once read from the form.</summary>
    public OpeningKind? ChosenKind { get; private set; }

    /// <summary>Openings of the chosen kind in the window, before places are counted: what the allocation chose from.</summary>
    public int OpeningsConsidered { get; private set; }

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
        Kind ??= nameof(OpeningKind.WorkExperience);
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
        var window = ReadWindow();
        _openings = [.. (await data.OpeningsAsync(cancellationToken)).Where(o => window is { } w && o.Kind == w.Kind && Starts(o, w.From, w.To))];
        OpeningsConsidered = _openings.Count;
        var choices = _openings.Where(o => o.PlacesLeft is null || o.PlacesLeft > 0)
            .OrderBy(o => o.Title, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.EmployerName, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Starts).ThenBy(o => o.Id)
            .Select(o => (o.Id, Label: OpeningLabel(o)))
            .ToList();
        // Each opening once; two that still read the same are told apart by their number.
        var repeated = choices.GroupBy(c => c.Label).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        OpeningChoices = choices
            .Select(c => new ChoiceItem(c.Id.ToString(CultureInfo.InvariantCulture), repeated.Contains(c.Label) ? $"{c.Label} (opening {c.Id})" : c.Label))
            .ToList();
    }

    /// <summary>"Two weeks' work experience in retail — Greenway Supermarkets Pudsey, 12 January 2027 to 23 January 2027".</summary>
    public static string OpeningLabel(MatchOpening o)
    {
        var dates = (o.Starts, o.Ends) switch
        {
            ({ } s, { } e) when s == e => UkTime.FormatDate(s),
            ({ } s, { } e) => $"{UkTime.FormatDate(s)} to {UkTime.FormatDate(e)}",
            ({ } s, null) => $"from {UkTime.FormatDate(s)}",
            _ => "no dates given",
        };
        return $"{o.Title} — {o.EmployerName}, {dates}";
    }

    /// <summary>Starts within the window; an opening with no start date is kept (it may start any time).</summary>
    private static bool Starts(MatchOpening o, DateOnly? from, DateOnly? to) =>
        o.Starts is not { } start || ((from is null || start >= from) && (to is null || start <= to));

    /// <summary>The kind and dates from the form, with any problem recorded against its field; null when the kind is not valid.</summary>
    private (OpeningKind Kind, DateOnly? From, DateOnly? To)? ReadWindow()
    {
        ModelState.Remove(nameof(Kind));
        ChosenKind = Enum.TryParse<OpeningKind>(Kind, out var kind) && PlacementKinds.Contains(kind) && Enum.IsDefined(kind) ? kind : null;
        if (ChosenKind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select the kind of opening to share out");
        }

        DateOnly? from = null, to = null;
        if (!From.IsEmpty)
        {
            if (From.TryRead("Start date from", out var f, out var error, "1 3 2027"))
            {
                from = f;
            }
            else
            {
                ModelState.AddModelError(nameof(From), error!);
            }
        }

        if (!To.IsEmpty)
        {
            if (To.TryRead("Start date to", out var t, out var error, "31 7 2027"))
            {
                to = t;
            }
            else
            {
                ModelState.AddModelError(nameof(To), error!);
            }
        }

        if (from is { } a && to is { } b && b < a)
        {
            ModelState.AddModelError(nameof(To), "Start date to must be the same as or after start date from");
            to = null;
        }

        return ChosenKind is { } chosen ? (chosen, from, to) : null;
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
                // The pinned young person joins the group on the page too, so proposing keeps them in it.
                ModelState.Remove(nameof(People));
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
        // Only the kind and dates chosen: a pin to anything else is reported as not in this allocation.
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
