using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;

namespace SendCareers.Domain.Tests.Safeguarding;

public class SafeguardingRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void ATalkInSchool_NeedsLessThanAPlacement()
    {
        Assert.Equal(SafeguardingCheck.None, ActivityRequirements.DefaultFor(OpeningKind.EncounterTalk));
        Assert.True(ActivityRequirements.DefaultFor(OpeningKind.WorkExperience).HasFlag(SafeguardingCheck.EmployersLiabilityInsurance));
        Assert.True(ActivityRequirements.DefaultFor(OpeningKind.ExtendedPlacement).HasFlag(SafeguardingCheck.Dbs));
    }

    [Fact]
    public void ExpiredInsurance_AndMissingRiskAssessment_AreBothNamed()
    {
        var required = SafeguardingCheck.EmployersLiabilityInsurance | SafeguardingCheck.RiskAssessment;
        var expiries = new Dictionary<SafeguardingCheck, DateOnly> { [SafeguardingCheck.EmployersLiabilityInsurance] = new(2026, 11, 1) };

        var problems = SafeguardingRules.Problems(required, expiries, Today, Today.AddDays(5));

        Assert.Equal([CheckProblemKind.Expired, CheckProblemKind.Missing], problems.Select(p => p.Kind));
        var message = SafeguardingRules.Refusal("Roundhay Hotel", "work experience", problems);
        Assert.Contains("employer's liability insurance expired on 1 November 2026", message);
        Assert.Contains("risk assessment is not recorded", message);
    }

    [Fact]
    public void ACheckThatRunsOutDuringTheActivity_IsAProblem_ButOneValidOnTheLastDayIsNot()
    {
        var expiries = new Dictionary<SafeguardingCheck, DateOnly> { [SafeguardingCheck.RiskAssessment] = Today.AddDays(10) };

        Assert.Equal(CheckProblemKind.ExpiresDuring, Assert.Single(SafeguardingRules.Problems(SafeguardingCheck.RiskAssessment, expiries, Today, Today.AddDays(11))).Kind);
        Assert.Empty(SafeguardingRules.Problems(SafeguardingCheck.RiskAssessment, expiries, Today, Today.AddDays(10)));
    }

    [Fact]
    public void ExpiryReminder_IsDue30DaysBefore_At9amUkTime_OrAtOnceWhenLate()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero), CheckExpiryReminder.DueAt(new DateOnly(2027, 7, 1), now)); // BST
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero), CheckExpiryReminder.DueAt(new DateOnly(2027, 1, 31), now)); // GMT
        Assert.Equal(now, CheckExpiryReminder.DueAt(new DateOnly(2026, 12, 1), now));
        Assert.Equal("P30D", CheckExpiryReminder.Slot);
    }
}
