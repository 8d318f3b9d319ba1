using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Placements.Encounters;

/// <summary>What one young person in a group needs, and whether they agreed that a summary may be shared with an employer.</summary>
public sealed record GroupMember(bool MayShare, CommunicationMethod Communication, SupportFeature Support, EnvironmentFactor Avoid);

/// <summary>
/// What a host needs to know about a group, as counts and needs, never names: how people in it
/// communicate (BSL, Makaton, symbols, a communication aid), access (step-free, a quiet space, an
/// accessible toilet), how many have a job coach beside them, and what to keep away from. Only people
/// who agreed to share a summary are counted; the others are one plain count, so the host knows the
/// school will tell them anything else they need on the day.
/// </summary>
public sealed class GroupNeeds
{
    private static readonly (CommunicationMethod Method, string One, string Many)[] CommunicationLines =
    [
        (CommunicationMethod.Bsl, "uses BSL (British Sign Language)", "use BSL (British Sign Language)"),
        (CommunicationMethod.Makaton, "uses Makaton signs", "use Makaton signs"),
        (CommunicationMethod.Symbols, "uses symbols or pictures", "use symbols or pictures"),
        (CommunicationMethod.Aac, "uses a communication aid (AAC)", "use a communication aid (AAC)"),
    ];

    private static readonly (SupportFeature Feature, string One, string Many)[] SupportLines =
    [
        (SupportFeature.StepFreeAccess, "needs step-free access", "need step-free access"),
        (SupportFeature.AccessibleToilet, "needs an accessible toilet", "need an accessible toilet"),
        (SupportFeature.QuietSpace, "needs a quiet space to go to", "need a quiet space to go to"),
        (SupportFeature.JobCoachWelcome, "has a job coach beside them", "have a job coach beside them"),
        (SupportFeature.RegularBreaks, "needs regular breaks", "need regular breaks"),
        (SupportFeature.WrittenInstructions, "works best with written instructions", "work best with written instructions"),
        (SupportFeature.VisualInstructions, "works best with pictures or a demonstration", "work best with pictures or a demonstration"),
    ];

    private static readonly (EnvironmentFactor Factor, string Words)[] AvoidLines =
    [
        (EnvironmentFactor.Noise, "loud noise"),
        (EnvironmentFactor.Crowds, "crowds"),
        (EnvironmentFactor.BrightLights, "bright lights"),
        (EnvironmentFactor.StrongSmells, "strong smells"),
        (EnvironmentFactor.Heights, "heights"),
        (EnvironmentFactor.Machinery, "moving machinery"),
        (EnvironmentFactor.Animals, "animals"),
        (EnvironmentFactor.Outdoors, "being outdoors"),
    ];

    private GroupNeeds(IReadOnlyList<string> needs, int notShared, int total)
    {
        Needs = needs;
        NotShared = notShared;
        Total = total;
    }

    /// <summary>One line per need with its count, e.g. "2 use BSL (British Sign Language)".</summary>
    public IReadOnlyList<string> Needs { get; }

    /// <summary>How many did not agree to share anything with an employer.</summary>
    public int NotShared { get; }

    public int Total { get; }

    /// <summary>The sentence about those who did not agree to share, or null when everyone did.</summary>
    public string? NotSharedLine => NotShared switch
    {
        0 => null,
        1 => "1 young person chose not to share their needs with employers. Their school will tell you on the day anything you need to know.",
        _ => $"{NotShared} young people chose not to share their needs with employers. Their school will tell you on the day anything you need to know.",
    };

    public static GroupNeeds Of(IReadOnlyCollection<GroupMember> group)
    {
        var sharing = group.Where(m => m.MayShare).ToList();
        var needs = new List<string>();
        foreach (var (method, one, many) in CommunicationLines)
        {
            Add(needs, sharing.Count(m => m.Communication.HasFlag(method)), one, many);
        }

        foreach (var (feature, one, many) in SupportLines)
        {
            Add(needs, sharing.Count(m => m.Support.HasFlag(feature)), one, many);
        }

        foreach (var (factor, words) in AvoidLines)
        {
            var count = sharing.Count(m => m.Avoid.HasFlag(factor));
            Add(needs, count, $"finds {words} hard", $"find {words} hard");
        }

        return new GroupNeeds(needs, group.Count - sharing.Count, group.Count);
    }

    private static void Add(List<string> needs, int count, string one, string many)
    {
        if (count > 0)
        {
            needs.Add(count == 1 ? $"1 {one}" : $"{count} {many}");
        }
    }
}
