using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Places;
using SendCareers.Domain.Placements;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Matching;

/// <summary>
/// Turns stored young people and openings into the matcher's plain records. The matcher never sees a
/// home postcode, only the centre of its outward code.
/// </summary>
public sealed class MatchingData(AppDbContext db, Caseload caseload, OutcodeDirectory outcodes, MatchWeights weights, TimeProvider time, PreparedOpenings prepared)
{
    /// <summary>States that hold a place on an opening.</summary>
    public static readonly PlacementState[] Holding = [PlacementState.Proposed, PlacementState.Agreed, PlacementState.Confirmed, PlacementState.InProgress];

    /// <summary>The hub's weights: "Matching:Weights" in configuration, else the documented defaults.</summary>
    public MatchWeights Weights => weights;

    public async Task<List<MatchCandidate>> CandidatesAsync(IQueryable<YoungPerson> people, CancellationToken cancellationToken)
    {
        var list = await people.AsNoTracking().ToListAsync(cancellationToken);
        var ids = list.Select(p => p.Id).ToList();
        var history = await db.Placements.AsNoTracking()
            .Where(p => ids.Contains(p.YoungPersonId) && (p.State == PlacementState.Completed || p.State == PlacementState.InProgress))
            .Select(p => new { p.YoungPersonId, p.Opening!.Sector })
            .ToListAsync(cancellationToken);
        var previous = history.GroupBy(h => h.YoungPersonId).ToDictionary(g => g.Key, g => g.Select(h => h.Sector).Distinct().ToList());
        return list.Select(p => ToCandidate(p, previous.GetValueOrDefault(p.Id) ?? [])).ToList();
    }

    public MatchCandidate ToCandidate(YoungPerson p, IReadOnlyList<Sector> previousSectors) => new()
    {
        Id = p.Id,
        PreferredName = p.PreferredName,
        DateOfBirth = p.DateOfBirth == default ? null : p.DateOfBirth,
        SchoolId = p.SchoolId,
        HasEhcp = p.HasEhcp,
        SendGroup = p.SendGroup,
        HomeOutwardCode = p.HomeOutwardCode,
        Home = outcodes.TryLocate(p.HomeOutwardCode, out var home) ? home : null,
        Interests = p.Interests,
        TaskInterests = Split(p.TaskInterests),
        Skills = Split(p.Strengths),
        WantsToTry = p.WantsToTry,
        AvoidSectors = p.AvoidSectors,
        PreviousSectors = previousSectors,
        SupportNeeds = p.SupportNeeds,
        EnvironmentToAvoid = p.EnvironmentToAvoid,
        Communication = p.Communication,
        Travel = p.Travel == TravelIndependence.Unknown ? null : p.Travel,
        MaxTravelKm = p.MaxTravelKm,
        MaxTravelMinutes = p.MaxTravelMinutes,
        AvailableDays = p.AvailableDays,
        MaxHoursPerWeek = p.MaxHoursPerWeek,
    };

    /// <summary>
    /// <see cref="OpeningsAsync"/> prepared for matching, shared between requests until something the matcher
    /// reads changes (<see cref="PreparedOpenings"/>): one small read per request instead of every opening.
    /// </summary>
    public async Task<OpeningCatalogue> CatalogueAsync(CancellationToken cancellationToken)
    {
        var token = await db.MatchingStamps.AsNoTracking()
            .Where(s => s.Id == MatchingStamp.TheRow)
            .Select(s => s.Token)
            .FirstOrDefaultAsync(cancellationToken);
        return await prepared.GetAsync(token, UkTimeZone.Today(time), async ct => OpeningCatalogue.Build(await OpeningsAsync(ct)), cancellationToken);
    }

    /// <summary>Openings the matcher may consider: open ones from approved employers, with places taken.</summary>
    public async Task<List<MatchOpening>> OpeningsAsync(CancellationToken cancellationToken, IQueryable<Opening>? scope = null)
    {
        var openings = await (scope ?? db.Openings)
            .AsNoTracking()
            .Where(o => o.Status == OpeningStatus.Open)
            .Where(SendCareers.Web.Data.OpeningVisibility.ToCoaches)
            .Select(o => new
            {
                Opening = o,
                EmployerName = o.Employer!.OrganisationName,
                o.Employer.DisabilityConfident,
                Taken = o.Placements.Count(p => Holding.Contains(p.State)),
            })
            .ToListAsync(cancellationToken);
        var experience = await db.Placements.AsNoTracking()
            .Where(p => p.State == PlacementState.Completed)
            .GroupBy(p => p.Opening!.EmployerId)
            .Select(g => new { EmployerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.EmployerId, g => g.Count, cancellationToken);
        var checksNeeded = await ChecksNeededAsync(openings.Select(o => o.Opening).ToList(), cancellationToken);
        return openings.Select(o => ToOpening(o.Opening, o.EmployerName, o.DisabilityConfident, o.Taken, experience.GetValueOrDefault(o.Opening.EmployerId))
            with { ChecksNeeded = checksNeeded.GetValueOrDefault(o.Opening.Id) ?? [] }).ToList();
    }

    /// <summary>
    /// For each opening, the employer's checks that its kind of activity needs (the hub's requirement, or
    /// the default) and that are missing, expired, or run out before its last day: the same rule the
    /// confirmation step applies, so a coach learns of it before proposing rather than after the employer says yes.
    /// </summary>
    public async Task<IReadOnlyList<CheckProblem>> ChecksNeededAsync(Opening opening, CancellationToken cancellationToken) =>
        (await ChecksNeededAsync([opening], cancellationToken)).GetValueOrDefault(opening.Id) ?? [];

    private async Task<Dictionary<int, IReadOnlyList<CheckProblem>>> ChecksNeededAsync(List<Opening> openings, CancellationToken cancellationToken)
    {
        var stored = await db.SafeguardingRequirements.AsNoTracking().ToDictionaryAsync(r => r.Activity, r => r.Checks, cancellationToken);
        var employerIds = openings.Select(o => o.EmployerId).Distinct().ToList();
        var expiries = (await db.EmployerChecks.AsNoTracking().Where(c => employerIds.Contains(c.EmployerId)).Select(c => new { c.EmployerId, c.Check, c.ExpiresOn }).ToListAsync(cancellationToken))
            .GroupBy(c => c.EmployerId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<SafeguardingCheck, DateOnly>)g.GroupBy(c => c.Check).ToDictionary(c => c.Key, c => c.Max(x => x.ExpiresOn)));
        var today = UkTimeZone.Today(time);
        var result = new Dictionary<int, IReadOnlyList<CheckProblem>>();
        foreach (var opening in openings)
        {
            var required = stored.TryGetValue(opening.Kind, out var checks) ? checks : ActivityRequirements.DefaultFor(opening.Kind);
            if (required == SafeguardingCheck.None)
            {
                continue;
            }

            var lastDay = opening.EndsOn ?? opening.StartsOn ?? today;
            var problems = SafeguardingRules.Problems(
                required, expiries.GetValueOrDefault(opening.EmployerId) ?? new Dictionary<SafeguardingCheck, DateOnly>(), today, lastDay < today ? today : lastDay);
            if (problems.Count > 0)
            {
                result[opening.Id] = problems;
            }
        }

        return result;
    }

    public MatchOpening ToOpening(Opening o, string employerName, DisabilityConfidentLevel level, int taken, int completedPlacements) => new()
    {
        Id = o.Id,
        EmployerId = o.EmployerId,
        EmployerName = employerName,
        Kind = o.Kind,
        Title = o.Title,
        Sector = o.Sector,
        Location = outcodes.TryLocate(o.OutwardCode, out var point) ? point : null,
        Days = o.Days,
        HoursPerWeek = o.HoursPerWeek is { } h ? (double)h : null,
        Starts = o.StartsOn,
        Ends = o.EndsOn,
        PlacesTotal = o.Places,
        PlacesTaken = taken,
        SupportOffered = o.SupportOffered,
        CommunicationSupported = o.CommunicationSupported,
        EnvironmentPresent = o.EnvironmentPresent,
        Tasks = Split(o.Tasks),
        SkillsWanted = Split(o.SkillsWanted),
        MinimumAge = o.MinimumAge,
        MaximumAge = o.MaximumAge,
        EhcpRequired = o.EhcpRequired,
        PreviousSendPlacements = completedPlacements,
        DisabilityConfident = level,
        IsOpen = o.Status == OpeningStatus.Open,
    };

    /// <summary>The caseload's young people still at school or college: leavers are not matched.</summary>
    public IQueryable<YoungPerson> VisiblePeople() => caseload.Current();

    /// <summary>The whole caseload, leavers too: for showing placements they already had.</summary>
    public IQueryable<YoungPerson> VisiblePeopleAndLeavers() => caseload.YoungPeople();

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
