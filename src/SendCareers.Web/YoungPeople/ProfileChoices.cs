using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Employers;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.YoungPeople;

/// <summary>Options on the young person's profile form.</summary>
public static class ProfileChoices
{
    public static IReadOnlyList<ChoiceItem> Sectors => EmployerChoices.Sectors;

    public static IReadOnlyList<ChoiceItem> YesNo => EmployerChoices.YesNo;

    public static IReadOnlyList<ChoiceItem> SendGroups { get; } =
    [
        new(nameof(CareerSendGroup.Group1), "Group 1", "Expected to move into paid work, with support where needed"),
        new(nameof(CareerSendGroup.Group2), "Group 2", "Expected to find meaningful activity, such as volunteering or supported work"),
        new("unsure", "Not decided yet"),
    ];

    public static IReadOnlyList<ChoiceItem> Support { get; } = Flags<SupportFeature>();

    public static IReadOnlyList<ChoiceItem> Environment { get; } = Flags<EnvironmentFactor>();

    public static IReadOnlyList<ChoiceItem> Communication { get; } = Flags<CommunicationMethod>();

    public static IReadOnlyList<ChoiceItem> Days { get; } = EnumLabels.SingleFlags<WeekDays>().Take(5).Select(d => new ChoiceItem(d.ToString(), EnumLabels.For(d))).ToList();

    public static IReadOnlyList<ChoiceItem> Travel { get; } =
        [.. Enum.GetValues<TravelIndependence>().Where(t => t != TravelIndependence.Unknown).Select(t => new ChoiceItem(t.ToString(), EnumLabels.For(t)))];

    private static List<ChoiceItem> Flags<TEnum>()
        where TEnum : struct, Enum =>
        EnumLabels.SingleFlags<TEnum>().Select(f => new ChoiceItem(f.ToString(), EnumLabels.For(f))).ToList();
}
