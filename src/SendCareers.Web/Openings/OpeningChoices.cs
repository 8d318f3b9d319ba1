using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Openings;

/// <summary>Options on the opening form.</summary>
public static class OpeningChoices
{
    public static IReadOnlyList<ChoiceItem> Kinds { get; } =
    [
        Item(OpeningKind.EncounterTalk, "About an hour with a group, in school or at work"),
        Item(OpeningKind.EncounterVisit, "A small group is shown round the workplace"),
        Item(OpeningKind.EncounterMockInterviews, "Practice interviews, with kind and honest feedback"),
        Item(OpeningKind.WorkExperience, "Usually 1 or 2 weeks, or a day a week for a term"),
        Item(OpeningKind.ExtendedPlacement, "A regular placement over several months"),
        Item(OpeningKind.SupportedInternship, "For ages 16 to 24 with an EHCP; at least 6 months, with a job coach"),
        Item(OpeningKind.Apprenticeship, "A paid job with training: 16 or more hours a week, with a contract"),
        Item(OpeningKind.JobCarvedRole, "A paid role shaped from tasks your team needs: 16 or more hours a week, with a contract"),
    ];

    public static IReadOnlyList<ChoiceItem> Statuses { get; } =
    [
        new(nameof(OpeningStatus.Draft), "Draft", "Only you and the hub can see it; it is not matched yet"),
        new(nameof(OpeningStatus.Open), "Open", "Job coaches can match young people to it"),
        new(nameof(OpeningStatus.Filled), "Filled", "All places are taken"),
        new(nameof(OpeningStatus.Closed), "Closed", "No longer offered"),
    ];

    public static IReadOnlyList<ChoiceItem> Sectors => EmployerChoices.Sectors;

    public static IReadOnlyList<ChoiceItem> YesNo => EmployerChoices.YesNo;

    public static IReadOnlyList<ChoiceItem> Support => ProfileChoices.Support;

    public static IReadOnlyList<ChoiceItem> Environment => ProfileChoices.Environment;

    public static IReadOnlyList<ChoiceItem> Communication => ProfileChoices.Communication;

    public static IReadOnlyList<ChoiceItem> Days => ProfileChoices.Days;

    private static ChoiceItem Item(OpeningKind kind, string hint) => new(kind.ToString(), EnumLabels.For(kind), hint);
}
