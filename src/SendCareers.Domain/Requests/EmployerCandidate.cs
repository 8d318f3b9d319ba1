using SendCareers.Domain.Places;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Requests;

/// <summary>
/// One employer as the request ranking reads it. <paramref name="HoursLeft"/> is what is left of this
/// year's pledge (null: no pledge); <paramref name="LastAskedUtc"/> when the hub last invited them to any
/// request; <paramref name="RecentDeclines"/> the reasons they gave in the last year, newest first.
/// </summary>
public sealed record EmployerCandidate(
    int Id,
    string Name,
    IReadOnlyCollection<OfferKind> Offers,
    IReadOnlyCollection<Sector> Sectors,
    WeekDays Days,
    int TimeSlots,
    int? TravelMiles,
    GeoPoint? Workplace,
    WorkplaceAccess Access,
    IReadOnlyDictionary<SafeguardingCheck, DateOnly> CheckExpiries,
    decimal? HoursLeft,
    DateTime? LastAskedUtc,
    IReadOnlyList<DeclineReason> RecentDeclines);
