using SendCareers.Domain.Places;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Requests;

/// <summary>
/// What a school asks for, as the ranking reads it. <paramref name="TimeSlots"/> are the app's time-of-day
/// flags (mornings 1, afternoons 2, after school 4) the session falls in; <paramref name="Sectors"/> empty
/// means any sector; <paramref name="GroupTravelMiles"/> is how far the group can go for a visit (null: anywhere).
/// </summary>
public sealed record RequestFacts(
    OfferKind Offer,
    IReadOnlyCollection<Sector> Sectors,
    WeekDays Days,
    int TimeSlots,
    RequestVenue Venue,
    GeoPoint? School,
    int? GroupTravelMiles,
    WorkplaceAccess AccessNeeded,
    SafeguardingCheck ChecksNeeded,
    decimal Hours,
    DateOnly Today,
    DateOnly LastDay,
    DateTime NowUtc);
