using SendCareers.Domain.Evidence;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Tests.Evidence;

public class GatsbyProgressTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static EvidenceItem Item(string date, OpeningKind kind) =>
        new(EvidenceSource.Encounter, 1, DateOnly.Parse(date), EvidenceRules.BenchmarkFor(kind), EvidenceRules.SettingFor(kind, null, null), kind, "Visit", "Employer", Sector.Retail, 1);

    [Fact]
    public void TwoEncountersThisYear_ReadsAsPlainWords_AndIsAGap()
    {
        var dob = new DateOnly(2012, 1, 10);
        var result = GatsbyProgress.Assess(dob, [Item("2026-10-01", OpeningKind.EncounterTalk), Item("2026-11-02", OpeningKind.EncounterMockInterviews)], Today, somethingBooked: true);

        Assert.Equal(2, result.EncountersThisYear);
        Assert.Equal(2, result.Benchmark5ThisYear);
        var gap = Assert.Single(result.Gaps);
        Assert.Equal("You have met 2 employers this year and 2 employers in all. Most young people meet at least 4.", gap.PlainWords);
    }

    [Fact]
    public void LastYearsEncounters_CountInTotal_NotThisYear()
    {
        var dob = new DateOnly(2012, 1, 10);
        var items = new[] { "2025-01-10", "2025-03-10", "2025-06-10", "2025-08-31" }.Select(d => Item(d, OpeningKind.EncounterTalk));
        var result = GatsbyProgress.Assess(dob, items, Today, somethingBooked: true);

        Assert.Equal(0, result.EncountersThisYear);
        Assert.Equal(4, result.EncountersInTotal);
        Assert.True(result.Has(GapKind.NoEncounterThisYear));
        Assert.False(result.Has(GapKind.FewerThanFourEncounters));
    }

    [Fact]
    public void AVisit_CountsForBenchmark6_AndOnlyBefore16CountsBy16()
    {
        var dob = new DateOnly(2010, 6, 1); // 16 on 1 June 2026
        var result = GatsbyProgress.Assess(dob, [Item("2026-06-01", OpeningKind.EncounterVisit)], Today, somethingBooked: false);

        Assert.Equal(1, result.WorkplaceExperiences);
        Assert.Equal(0, result.WorkplaceExperiencesBy16);
        Assert.True(result.Has(GapKind.NoWorkplaceBy16));
        Assert.True(result.Has(GapKind.NothingBooked));
    }

    [Fact]
    public void SeventeenWithOneWorkplace_NeedsASecondBy18()
    {
        var dob = new DateOnly(2009, 5, 1);
        var result = GatsbyProgress.Assess(dob, [Item("2024-05-01", OpeningKind.WorkExperience)], Today, somethingBooked: true);

        Assert.False(result.Has(GapKind.NoWorkplaceBy16));
        var gap = Assert.Single(result.Gaps, g => g.Kind == GapKind.NoSecondWorkplaceBy18);
        Assert.Equal("You have been to 1 workplace. Young people should have been to 2 by the time they are 18.", gap.PlainWords);
    }

    [Fact]
    public void PaidWork_AndFutureDates_DoNotCount()
    {
        var dob = new DateOnly(2008, 1, 1);
        var result = GatsbyProgress.Assess(dob, [Item("2026-10-01", OpeningKind.Apprenticeship), Item("2026-12-01", OpeningKind.EncounterTalk)], Today, somethingBooked: true);

        Assert.Equal(0, result.EncountersInTotal);
    }

    [Fact]
    public void FourteenYearOld_HasNoWorkplaceGapYet()
    {
        var result = GatsbyProgress.Assess(new DateOnly(2012, 9, 1), Array.Empty<EvidenceItem>(), Today, somethingBooked: true);

        Assert.False(result.Has(GapKind.NoWorkplaceBy16));
        Assert.False(result.Has(GapKind.NoSecondWorkplaceBy18));
    }
}
