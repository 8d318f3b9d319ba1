using SendCareers.Domain.Vocabulary;

namespace SendCareers.Web.Encounters;

/// <summary>What the coach entered for an encounter, checked: times in UTC, the group by young person id.</summary>
public sealed record EncounterDetails(
    int EmployerId,
    OpeningKind Kind,
    string Title,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string Location,
    string HostName,
    string HostEmail,
    IReadOnlyList<int> YoungPersonIds,
    string? MeetingPoint = null);
