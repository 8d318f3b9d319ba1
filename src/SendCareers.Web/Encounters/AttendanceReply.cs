using SendCareers.Domain.Reminders;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Encounters;

/// <summary>
/// A reply to a day-before reminder, kept as an audit event: the action says yes or no, the detail starts
/// with the replier's role id (e.g. "family-12"), never a name, so the coach's page can match it to the group.
/// </summary>
public static class AttendanceReply
{
    public const string Yes = "attendance-yes";
    public const string No = "attendance-no";

    public static string Detail(Recipient replier, string said) => $"{replier.Id}: {said}";

    /// <summary>The replier's role id at the start of a detail, or null for older rows without one.</summary>
    public static string? ReplierOf(string? detail) =>
        detail is not null && detail.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 && RecipientIdsLike(detail[..colon])
            ? detail[..colon]
            : null;

    private static bool RecipientIdsLike(string id) => RecipientIds.Parse(id) is not null;
}
