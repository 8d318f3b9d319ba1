using SendCareers.Domain.Matching;

namespace SendCareers.Web.Matching;

/// <summary>Helpers for showing matches: the kind of opening, a score people can read, and each reason's mark.</summary>
public static class MatchView
{
    public static string Describe(MatchOpening o) => $"{EnumLabels.For(o.Kind)} with {o.EmployerName}";

    /// <summary>", 12 January 2027 to 23 January 2027", ", 4 March 2027", or nothing when no dates are given.</summary>
    public static string Dates(MatchOpening o) => (o.Starts, o.Ends) switch
    {
        ({ } s, { } e) when s == e => $", {SendCareers.Domain.Reminders.UkTime.FormatDate(s)}",
        ({ } s, { } e) => $", {SendCareers.Domain.Reminders.UkTime.FormatDate(s)} to {SendCareers.Domain.Reminders.UkTime.FormatDate(e)}",
        ({ } s, null) => $", from {SendCareers.Domain.Reminders.UkTime.FormatDate(s)}",
        _ => "",
    };

    public static string ScoreTag(ScoredMatch match) => match.Fit switch
    {
        FitLevel.Strong => "govuk-tag--green",
        FitLevel.Good => "govuk-tag--blue",
        FitLevel.Some => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    /// <summary>"62 out of 100: good fit", or "71 out of 100: some fit — 1 thing not met": never "good fit" beside a cross.</summary>
    public static string ScoreText(ScoredMatch match)
    {
        var notMet = match.NotMet.Count;
        var text = $"{match.Score} out of 100: {match.Fit.Words()}";
        return notMet == 0 ? text : $"{text} — {notMet} {(notMet == 1 ? "thing" : "things")} not met";
    }
}
