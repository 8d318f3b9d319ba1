namespace SendCareers.Web.Pages.Debrief;

/// <summary>
/// One "tap the pictures" question on the Easy Read debrief ("What did you like?"), with the optional
/// words box that follows it: the field names, the wording, and what was chosen or typed so far.
/// </summary>
public sealed record EasyReadTopicsQuestion(string Name, string Question, IReadOnlyCollection<string> Chosen, string WordsName, string WordsLabel, string? Words);
