using Humanizer;
using SendCareers.Domain.Placements;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Debriefs;

/// <summary>The answer scales of the debrief forms, in words and (for Easy Read) with a face for each.</summary>
public static class DebriefChoices
{
    public static string RatingText(int rating) => rating switch
    {
        5 => "very good",
        4 => "good",
        3 => "OK",
        2 => "not good",
        1 => "bad",
        _ => "not answered",
    };

    /// <summary>Best first, as people read down a list.</summary>
    public static IReadOnlyList<ChoiceItem> Ratings { get; } =
        [.. Enumerable.Range(1, 5).Reverse().Select(r => new ChoiceItem(r.ToString(System.Globalization.CultureInfo.InvariantCulture), char.ToUpperInvariant(RatingText(r)[0]) + RatingText(r)[1..]))];

    public static IReadOnlyList<ChoiceItem> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    public static string NextStepText(NextStep step) => step switch
    {
        NextStep.AnotherPlacement => "Another placement",
        NextStep.SupportedInternship => "A supported internship",
        NextStep.Apprenticeship => "An apprenticeship",
        NextStep.PaidJob => "A paid job",
        NextStep.FurtherEducation => "Further education (college)",
        _ => "Not decided yet",
    };

    public static IReadOnlyList<ChoiceItem> NextSteps { get; } =
        [.. Enum.GetValues<NextStep>().Select(s => new ChoiceItem(Value(s), NextStepText(s)))];

    /// <summary>The step for a posted value ("paid-job"), or null for anything else.</summary>
    public static NextStep? NextStepOf(string? value) =>
        Enum.GetValues<NextStep>().Cast<NextStep?>().FirstOrDefault(s => Value(s!.Value) == value);

    public static string Value(NextStep step) => step.ToString().Kebaberize();

    /// <summary>
    /// The mouth of the face drawn beside each answer on the Easy Read scale (an SVG path in a 40 by 40
    /// box): a broad smile down to a frown. Drawn rather than emoji, which some devices cannot show.
    /// </summary>
    public static string Mouth(int rating) => rating switch
    {
        5 => "M11 23 Q20 35 29 23",
        4 => "M13 25 Q20 30 27 25",
        3 => "M13 27 L27 27",
        2 => "M13 29 Q20 24 27 29",
        _ => "M11 31 Q20 20 29 31",
    };
}
