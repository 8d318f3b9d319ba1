using SendCareers.Domain.Matching;

namespace SendCareers.Web.Matching;

/// <summary>Helpers for showing matches: the kind of opening and a score people can read.</summary>
public static class MatchView
{
    public static string Describe(MatchOpening o) => $"{EnumLabels.For(o.Kind)} with {o.EmployerName}";

    public static string ScoreTag(int score) => score switch
    {
        >= 75 => "govuk-tag--green",
        >= 50 => "govuk-tag--blue",
        >= 25 => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    public static string ScoreWords(int score) => score switch
    {
        >= 75 => "strong fit",
        >= 50 => "good fit",
        >= 25 => "some fit",
        _ => "weak fit",
    };
}
