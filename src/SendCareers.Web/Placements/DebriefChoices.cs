using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Placements;

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

    /// <summary>Faces for the Easy Read scale: decorative, since the words beside them say the same.</summary>
    public static string Face(int rating) => rating switch
    {
        5 => "😄",
        4 => "🙂",
        3 => "😐",
        2 => "🙁",
        _ => "😢",
    };
}
