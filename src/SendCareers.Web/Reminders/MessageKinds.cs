using Humanizer;

namespace SendCareers.Web.Reminders;

/// <summary>Human names for message kinds on admin pages ("briefing-employer" → "Briefing employer").</summary>
public static class MessageKinds
{
    public static string Describe(string kind) => kind.Replace('-', ' ').Humanize(LetterCasing.Sentence);
}
