using Humanizer;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data.Entities;
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
    /// The three faces of the Easy Read scale, best first. Each has its own shape and colour as well as
    /// its word, so no one has to tell them apart by colour alone: a green circle that smiles, a yellow
    /// square with a straight mouth, a red octagon that frowns. Their values sit on the 1 to 5 scale the
    /// other forms use, so averages still add up.
    /// </summary>
    public static IReadOnlyList<EasyReadFace> Faces { get; } =
    [
        new("5", "Good", "good"),
        new("3", "OK", "ok"),
        new("1", "Not good", "not-good"),
    ];

    /// <summary>The pictures a young person can tap for "What did you like?" and "What was hard?".</summary>
    public static IReadOnlyList<EasyReadTopic> Topics { get; } =
    [
        new(DebriefTopics.People, "people", "The people", "people.svg"),
        new(DebriefTopics.Tasks, "tasks", "The tasks", "tools.svg"),
        new(DebriefTopics.Place, "place", "The place", "workplace.svg"),
        new(DebriefTopics.Breaks, "breaks", "The breaks", "cup.svg"),
        new(DebriefTopics.GettingThere, "getting-there", "Getting there", "bus.svg"),
        new(DebriefTopics.SomethingElse, "something-else", "Something else", "question.svg"),
    ];

    /// <summary>The answers to "Would you like to go again?", each with its picture.</summary>
    public static IReadOnlyList<EasyReadGoAgain> GoAgain { get; } =
    [
        new(GoAgainAnswer.Yes, "yes", "Yes", "thumbs-up.svg"),
        new(GoAgainAnswer.No, "no", "No", "cross.svg"),
        new(GoAgainAnswer.NotSure, "not-sure", "Not sure", "question.svg"),
    ];

    /// <summary>
    /// The topics for the posted values ("people", "breaks"), None when nothing was tapped, or null when
    /// any value is not one of the pictures.
    /// </summary>
    public static DebriefTopics? TopicsOf(IEnumerable<string>? values)
    {
        var topics = DebriefTopics.None;
        foreach (var value in values ?? [])
        {
            var topic = Topics.FirstOrDefault(t => t.Value == value);
            if (topic is null)
            {
                return null;
            }

            topics |= topic.Topic;
        }

        return topics;
    }

    /// <summary>"The people, the breaks", or null when none was chosen.</summary>
    public static string? TopicsText(DebriefTopics? topics)
    {
        var chosen = Topics.Where(t => topics is { } set && set.HasFlag(t.Topic)).Select(t => t.Text).ToList();
        return chosen.Count == 0 ? null : string.Join(", ", chosen.Select((text, i) => i == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..]));
    }

    public static string GoAgainText(GoAgainAnswer answer) => GoAgain.Single(g => g.Answer == answer).Text;

    /// <summary>How the coach reads a young person's face: its word, and where it sits on the 1 to 5 scale.</summary>
    public static string FaceText(int rating) => Faces.FirstOrDefault(f => f.Value == rating.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } face
        ? $"{face.Text} ({rating} out of 5)"
        : $"{rating} out of 5 ({RatingText(rating)})";
}

/// <summary>One face on the Easy Read scale: its posted value, its word, and the CSS modifier that draws it.</summary>
public sealed record EasyReadFace(string Value, string Text, string Modifier);

/// <summary>One picture for "What did you like?" or "What was hard?".</summary>
public sealed record EasyReadTopic(DebriefTopics Topic, string Value, string Text, string Image);

/// <summary>One picture for "Would you like to go again?".</summary>
public sealed record EasyReadGoAgain(GoAgainAnswer Answer, string Value, string Text, string Image);
