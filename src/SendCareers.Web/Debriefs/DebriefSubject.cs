using System.Globalization;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Debriefs;

/// <summary>
/// What a debrief link's token is about, written into the token's subject: "placement:42:1",
/// "placement:42:1:rotation-2" (a supported internship's rotation), "encounter:7:1" (the host) or
/// "encounter:7:2:15" (young person 15's Easy Read form). Ids only, never names.
/// </summary>
public sealed record DebriefSubject(int? PlacementId, int? EncounterId, DebriefRespondent Respondent, int? YoungPersonId, int? RotationNumber)
{
    /// <summary>How long a debrief link works; the e-mails promise 30 days.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromDays(30);

    public static string ForPlacement(int placementId, DebriefRespondent respondent, int? rotationNumber = null) =>
        rotationNumber is { } n
            ? string.Create(CultureInfo.InvariantCulture, $"placement:{placementId}:{(int)respondent}:rotation-{n}")
            : string.Create(CultureInfo.InvariantCulture, $"placement:{placementId}:{(int)respondent}");

    public static string ForEncounter(int encounterId, DebriefRespondent respondent, int? youngPersonId) =>
        youngPersonId is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"encounter:{encounterId}:{(int)respondent}:{id}")
            : string.Create(CultureInfo.InvariantCulture, $"encounter:{encounterId}:{(int)respondent}");

    public static DebriefSubject? Parse(string subject)
    {
        var parts = subject.Split(':');
        if (parts.Length is < 3 or > 4 || !Number(parts[1], out var id) || !Number(parts[2], out var respondentNumber)
            || !Enum.IsDefined((DebriefRespondent)respondentNumber))
        {
            return null;
        }

        var respondent = (DebriefRespondent)respondentNumber;
        return (parts[0], parts.Length) switch
        {
            ("placement", 3) => new DebriefSubject(id, null, respondent, null, null),
            ("placement", 4) when parts[3].StartsWith("rotation-", StringComparison.Ordinal) && Number(parts[3]["rotation-".Length..], out var rotation) =>
                new DebriefSubject(id, null, respondent, null, rotation),
            ("encounter", 3) when respondent == DebriefRespondent.Employer => new DebriefSubject(null, id, respondent, null, null),
            ("encounter", 4) when respondent == DebriefRespondent.YoungPerson && Number(parts[3], out var person) => new DebriefSubject(null, id, respondent, person, null),
            _ => null,
        };
    }

    private static bool Number(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
