using SendCareers.Domain.Reminders;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Debriefs;

/// <summary>Who a debrief message asks, read from its kind, or for a chaser from its slot.</summary>
public static class DebriefRespondents
{
    public static DebriefRespondent For(MessageKind kind) => kind switch
    {
        MessageKind.DebriefYoungPerson => DebriefRespondent.YoungPerson,
        MessageKind.DebriefFamily => DebriefRespondent.Family,
        _ => DebriefRespondent.Employer,
    };

    public static DebriefRespondent? ForChaser(string slot) => slot switch
    {
        _ when slot.StartsWith("employer-", StringComparison.Ordinal) => DebriefRespondent.Employer,
        _ when slot.StartsWith("young-person-", StringComparison.Ordinal) => DebriefRespondent.YoungPerson,
        _ when slot.StartsWith("family-", StringComparison.Ordinal) => DebriefRespondent.Family,
        _ => null,
    };
}
