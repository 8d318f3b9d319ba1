using SendCareers.Domain.Placements.Internships;

namespace SendCareers.Domain.Tests.Placements;

public class InternshipOutcomeTests
{
    [Fact]
    public void Outcome_JobOfSixteenHoursOrMore_CountsAsPaidEmployment()
    {
        var outcome = new InternshipOutcome(PaidJobOffered: true, HoursPerWeek: 16m, AccessToWorkStatus.Approved);

        Assert.Empty(outcome.Problems());
        Assert.True(outcome.CountsAsPaidEmployment);
    }

    [Fact]
    public void Outcome_JobOfTwelveHours_IsValidButNotPaidEmployment()
    {
        var outcome = new InternshipOutcome(true, 12m, AccessToWorkStatus.Applied);

        Assert.Empty(outcome.Problems());
        Assert.False(outcome.CountsAsPaidEmployment);
    }

    [Theory]
    [InlineData(true, null, "Enter the hours a week of the job offered")]
    [InlineData(true, 0, "Hours a week must be between 1 and 48")]
    [InlineData(true, 60, "Hours a week must be between 1 and 48")]
    [InlineData(false, 20, "Only enter hours a week if a paid job was offered")]
    public void Outcome_Inconsistent_IsRefused(bool offered, int? hours, string problem)
    {
        var outcome = new InternshipOutcome(offered, hours, AccessToWorkStatus.NotNeeded);

        Assert.Equal([problem], outcome.Problems());
    }

    [Fact]
    public void Outcome_HalfAnHourAWeek_IsRefused() =>
        Assert.Equal(["Hours a week must be between 1 and 48"], new InternshipOutcome(true, 0.5m, AccessToWorkStatus.NotNeeded).Problems());
}
