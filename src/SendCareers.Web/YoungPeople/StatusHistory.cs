using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.YoungPeople;

/// <summary>
/// The history of a young person's EHCP and school or college: a row when they are added, and one each
/// time either changes, so the NDTi table can count earlier years as they were.
/// </summary>
public static class StatusHistory
{
    /// <summary>Who recorded a change, and when.</summary>
    public sealed record Recorder(DateTime AtUtc, string? UserId, string Name);

    /// <summary>What is true when they are added. Nothing was recorded before, so it also stands for earlier years.</summary>
    public static YoungPersonStatusChange Added(YoungPerson person, DateOnly today, Recorder by) => new()
    {
        EffectiveFrom = today,
        HasEhcp = person.HasEhcp,
        SchoolId = person.SchoolId,
        RecordedAtUtc = by.AtUtc,
        RecordedByUserId = by.UserId,
        RecordedByName = by.Name,
    };

    /// <summary>The EHCP answer or school or college now on the record, from <paramref name="from"/>; null when neither changed.</summary>
    public static YoungPersonStatusChange? Changed(YoungPerson person, bool hadEhcp, int previousSchoolId, DateOnly from, Recorder by)
    {
        var ehcpChanged = person.HasEhcp != hadEhcp;
        var schoolChanged = person.SchoolId != previousSchoolId;
        if (!ehcpChanged && !schoolChanged)
        {
            return null;
        }

        return new YoungPersonStatusChange
        {
            EffectiveFrom = from,
            HasEhcp = ehcpChanged ? person.HasEhcp : null,
            HadEhcpBefore = ehcpChanged ? hadEhcp : null,
            SchoolId = schoolChanged ? person.SchoolId : null,
            PreviousSchoolId = schoolChanged ? previousSchoolId : null,
            RecordedAtUtc = by.AtUtc,
            RecordedByUserId = by.UserId,
            RecordedByName = by.Name,
        };
    }

    /// <summary>
    /// Moves them to another school or college from <paramref name="from"/>: the record and its history go with
    /// them, and the move is written to both histories as a change on the profile form would be.
    /// </summary>
    public static void MoveSchool(YoungPerson person, int toSchoolId, string fromName, string toName, DateOnly from, Recorder by)
    {
        var previousSchoolId = person.SchoolId;
        person.SchoolId = toSchoolId;
        if (Changed(person, person.HasEhcp, previousSchoolId, from, by) is { } change)
        {
            person.StatusChanges.Add(change);
            person.Changes.Add(new ProfileChange { AtUtc = by.AtUtc, ByUserId = by.UserId, ByName = by.Name, Field = "School or college", Before = fromName, After = toName });
        }
    }

    /// <summary>
    /// "EHCP from 3 March 2025", "At Riverside College from 4 September 2024", in the order they were recorded,
    /// so a change dated before the day someone was added still reads as a later correction.
    /// </summary>
    public static IReadOnlyList<string> Describe(IEnumerable<YoungPersonStatusChange> changes, IReadOnlyDictionary<int, string> schoolNames)
    {
        var lines = new List<string>();
        foreach (var change in changes.OrderBy(c => c.RecordedAtUtc).ThenBy(c => c.Id))
        {
            var date = UkFormat.Date(change.EffectiveFrom);
            if (change.SchoolId is { } school)
            {
                var name = schoolNames.GetValueOrDefault(school, "another school or college");
                lines.Add(change.PreviousSchoolId is null ? $"At {name} when added on {date}" : $"At {name} from {date}");
            }

            if (change.HasEhcp is { } ehcp)
            {
                var what = ehcp ? "EHCP" : "No EHCP";
                lines.Add(change.HadEhcpBefore is null ? $"{what} when added on {date}" : $"{what} from {date}");
            }
        }

        return lines;
    }
}
