namespace SendCareers.Domain.Reminders;

/// <summary>
/// Every kind of message the hub sends about a placement, encounter or safeguarding check.
/// Each has a fixed token used in dedupe keys: the token, not the enum name, must never change,
/// or re-planning would create duplicates of rows already in the database.
/// </summary>
public enum MessageKind
{
    BriefingEmployer = 1,
    BriefingSupervisor,
    BriefingJobCoach,
    BriefingFamily,
    DebriefEmployer,
    DebriefYoungPerson,
    DebriefFamily,
    DebriefChaser,
    ChangeNotice,
    CantMakeItAlert,
    CheckExpiry,
}

public static class MessageKindExtensions
{
    public static string Token(this MessageKind kind) => kind switch
    {
        MessageKind.BriefingEmployer => "briefing-employer",
        MessageKind.BriefingSupervisor => "briefing-supervisor",
        MessageKind.BriefingJobCoach => "briefing-job-coach",
        MessageKind.BriefingFamily => "briefing-family",
        MessageKind.DebriefEmployer => "debrief-employer",
        MessageKind.DebriefYoungPerson => "debrief-young-person",
        MessageKind.DebriefFamily => "debrief-family",
        MessageKind.DebriefChaser => "debrief-chaser",
        MessageKind.ChangeNotice => "change-notice",
        MessageKind.CantMakeItAlert => "cant-make-it",
        MessageKind.CheckExpiry => "check-expiry",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsBriefing(this MessageKind kind) =>
        kind is MessageKind.BriefingEmployer or MessageKind.BriefingSupervisor or MessageKind.BriefingJobCoach or MessageKind.BriefingFamily;

    public static bool IsDebrief(this MessageKind kind) =>
        kind is MessageKind.DebriefEmployer or MessageKind.DebriefYoungPerson or MessageKind.DebriefFamily;
}
