using SendCareers.Domain.Requests;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Web.Requests;

/// <summary>A request as checked by <see cref="RequestForm"/>, ready to rank and save.</summary>
public sealed record RequestDetails(
    OpeningKind Kind,
    string Title,
    IReadOnlyList<Sector> Sectors,
    DateOnly FirstDay,
    DateOnly LastDay,
    WeekDays Days,
    TimeOnly StartTime,
    TimeOnly EndTime,
    RequestVenue Venue,
    int? GroupTravelMiles,
    IReadOnlyList<int> YoungPersonIds,
    WorkplaceAccess AccessNeeded,
    string? Notes,
    int WaveSize,
    int AnswerHours);
