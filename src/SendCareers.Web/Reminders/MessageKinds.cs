using Humanizer;

namespace SendCareers.Web.Reminders;

/// <summary>Human names for message kinds on admin pages ("briefing-employer" → "Briefing employer").</summary>
public static class MessageKinds
{
    public static string Describe(string kind) => kind.Replace('-', ' ').Humanize(LetterCasing.Sentence);

    /// <summary>The kind, with the rotation for a supported internship's rotation debrief: "Debrief employer (rotation 2)".</summary>
    public static string Describe(Data.Entities.ScheduledMessage message) =>
        Domain.Reminders.DebriefSlot.RotationOf(RecipientIds.SlotOf(message.DedupeKey)) is { } rotation
            ? $"{Describe(message.Kind)} (rotation {rotation})"
            : Describe(message.Kind);
}
