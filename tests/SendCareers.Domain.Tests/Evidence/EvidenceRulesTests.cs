using SendCareers.Domain.Evidence;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Tests.Evidence;

public class EvidenceRulesTests
{
    [Theory]
    [InlineData(OpeningKind.EncounterTalk, GatsbyBenchmark.EncounterWithEmployers)]
    [InlineData(OpeningKind.EncounterMockInterviews, GatsbyBenchmark.EncounterWithEmployers)]
    [InlineData(OpeningKind.EncounterVisit, GatsbyBenchmark.ExperienceOfWorkplaces)]
    [InlineData(OpeningKind.WorkExperience, GatsbyBenchmark.ExperienceOfWorkplaces)]
    [InlineData(OpeningKind.SupportedInternship, GatsbyBenchmark.ExperienceOfWorkplaces)]
    [InlineData(OpeningKind.Apprenticeship, null)]
    [InlineData(OpeningKind.JobCarvedRole, null)]
    public void BenchmarkFor_FollowsGatsby(OpeningKind kind, GatsbyBenchmark? expected) =>
        Assert.Equal(expected, EvidenceRules.BenchmarkFor(kind));

    [Fact]
    public void Setting_IsInternal_ForTalksAndForPlacementsAtTheSchoolsOwnAddress()
    {
        Assert.Equal(EvidenceSetting.Internal, EvidenceRules.SettingFor(OpeningKind.EncounterTalk, null, "LS8 1AA"));
        Assert.Equal(EvidenceSetting.External, EvidenceRules.SettingFor(OpeningKind.EncounterVisit, null, "LS8 1AA"));
        Assert.Equal(EvidenceSetting.Internal, EvidenceRules.SettingFor(OpeningKind.WorkExperience, "ls81aa", "LS8 1AA"));
        Assert.Equal(EvidenceSetting.External, EvidenceRules.SettingFor(OpeningKind.WorkExperience, "LS9 7TF", "LS8 1AA"));
    }

    [Fact]
    public void PlacementHours_UseWeeklyHours_OrWorkingDays()
    {
        // Monday 2 to Friday 13 November 2026: two weeks begun at 10 hours a week.
        Assert.Equal(20m, EvidenceRules.PlacementHours(new(2026, 11, 2), new(2026, 11, 13), WeekDays.Weekdays, null, null, 10m));
        // Tuesdays and Thursdays over the same fortnight: 4 days of 9:30 to 14:30.
        Assert.Equal(20m, EvidenceRules.PlacementHours(new(2026, 11, 2), new(2026, 11, 13), WeekDays.Tuesday | WeekDays.Thursday, new(9, 30), new(14, 30), null));
    }

    [Fact]
    public void SectorSpread_FlagsMoreThanAThirdInStereotypedSectors()
    {
        Assert.True(SectorSpread.Of([Sector.Catering, Sector.Cleaning, Sector.Retail, Sector.Digital, Sector.Gardening]).PilingUp);
        Assert.False(SectorSpread.Of([Sector.Catering, Sector.Retail, Sector.Digital]).PilingUp);
        Assert.Equal(60, SectorSpread.Of([Sector.Catering, Sector.Cleaning, Sector.Retail, Sector.Digital, Sector.Gardening]).StereotypedPercent);
    }
}
