using Humanizer;
using SendCareers.Domain.Placements.Internships;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Placements;

/// <summary>Where an Access to Work claim stands, in the words a job coach would use.</summary>
public static class AccessToWorkChoices
{
    public static string Text(AccessToWorkStatus status) => status switch
    {
        AccessToWorkStatus.NotNeeded => "Not needed",
        AccessToWorkStatus.ToApply => "Needed, not applied for yet",
        AccessToWorkStatus.Applied => "Applied for, waiting for a decision",
        AccessToWorkStatus.Approved => "Approved",
        AccessToWorkStatus.Refused => "Refused",
        _ => "Not known",
    };

    public static IReadOnlyList<ChoiceItem> Items { get; } =
        [.. Enum.GetValues<AccessToWorkStatus>().Select(s => new ChoiceItem(Value(s), Text(s)))];

    /// <summary>The status for a posted value ("not-needed"), or null for anything else.</summary>
    public static AccessToWorkStatus? Of(string? value) =>
        Enum.GetValues<AccessToWorkStatus>().Cast<AccessToWorkStatus?>().FirstOrDefault(s => Value(s!.Value) == value);

    public static string Value(AccessToWorkStatus status) => status.ToString().Kebaberize();
}
