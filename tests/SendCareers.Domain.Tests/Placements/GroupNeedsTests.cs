using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Tests.Placements;

public sealed class GroupNeedsTests
{
    private static GroupMember Sharing(CommunicationMethod communication = CommunicationMethod.Speech, SupportFeature support = SupportFeature.None, EnvironmentFactor avoid = EnvironmentFactor.None) =>
        new(true, communication, support, avoid);

    [Fact]
    public void CountsEachNeed_AsAHostWouldReadIt()
    {
        var needs = GroupNeeds.Of([
            Sharing(CommunicationMethod.Bsl, SupportFeature.JobCoachWelcome),
            Sharing(CommunicationMethod.Bsl | CommunicationMethod.Writing, SupportFeature.StepFreeAccess | SupportFeature.QuietSpace),
            Sharing(CommunicationMethod.Makaton | CommunicationMethod.Symbols, SupportFeature.JobCoachWelcome, EnvironmentFactor.Noise),
            Sharing(),
        ]);

        Assert.Equal(
            [
                "2 use BSL (British Sign Language)",
                "1 uses Makaton signs",
                "1 uses symbols or pictures",
                "1 needs step-free access",
                "1 needs a quiet space to go to",
                "2 have a job coach beside them",
                "1 finds loud noise hard",
            ],
            needs.Needs);
        Assert.Null(needs.NotSharedLine);
        Assert.Equal(4, needs.Total);
    }

    [Fact]
    public void ANeedOfSomeoneWhoDidNotAgreeToShare_IsNeverCounted()
    {
        var needs = GroupNeeds.Of([
            new GroupMember(false, CommunicationMethod.Bsl, SupportFeature.StepFreeAccess, EnvironmentFactor.Crowds),
            Sharing(CommunicationMethod.Aac),
        ]);

        Assert.Equal(["1 uses a communication aid (AAC)"], needs.Needs);
        Assert.DoesNotContain(needs.Needs, n => n.Contains("BSL", StringComparison.Ordinal) || n.Contains("step-free", StringComparison.Ordinal) || n.Contains("crowds", StringComparison.Ordinal));
        Assert.Equal("1 young person chose not to share their needs with employers. Their school will tell you on the day anything you need to know.", needs.NotSharedLine);
    }

    [Fact]
    public void AGroupWithNoNeedsShared_SaysNothingButTheCount()
    {
        var needs = GroupNeeds.Of([new GroupMember(false, CommunicationMethod.Bsl, SupportFeature.None, EnvironmentFactor.None), new GroupMember(false, CommunicationMethod.Speech, SupportFeature.None, EnvironmentFactor.None)]);

        Assert.Empty(needs.Needs);
        Assert.StartsWith("2 young people chose not to share", needs.NotSharedLine, StringComparison.Ordinal);
    }
}
