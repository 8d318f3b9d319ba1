using SendCareers.Domain.Matching;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Tests.Matching.MatchingExamples;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>One test per hard constraint, pinning its rule and its sentence.</summary>
public class ExclusionRuleTests
{
    [Fact]
    public void Rank_SuitedPair_IsNotExcluded()
    {
        var match = RankedOnly(Sam, AnimalCare);

        Assert.InRange(match.Score, 1, 100);
    }

    [Fact]
    public void Rank_OpeningNotOpen_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam, AnimalCare with { IsOpen = false });

        Assert.Equal(HardConstraint.NotOpen, excluded.Constraints);
        Assert.Equal(["Not open for applications"], excluded.Reasons);
    }

    [Fact]
    public void Rank_EveryPlaceTaken_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam, AnimalCare with { PlacesTotal = 2, PlacesTaken = 2 });

        Assert.Equal(HardConstraint.NoPlacesLeft, excluded.Constraints);
        Assert.Equal(["No places left: 2 of 2 taken"], excluded.Reasons);
    }

    [Fact]
    public void Rank_EndedBeforeToday_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam, AnimalCare with { Starts = new DateOnly(2026, 1, 5), Ends = new DateOnly(2026, 2, 27) });

        Assert.Equal(HardConstraint.Ended, excluded.Constraints);
        Assert.Equal(["Ended on 27 February 2026"], excluded.Reasons);
    }

    [Fact]
    public void Rank_EndingToday_IsStillEligible()
    {
        RankedOnly(Sam, AnimalCare with { Starts = new DateOnly(2026, 1, 5), Ends = Today });
    }

    [Fact]
    public void Rank_YoungerThanMinimumOnStartDate_IsExcluded()
    {
        // Sam is born 10 May 2008: 17 on the 13 April start date.
        var excluded = ExcludedOnly(Sam, AnimalCare with { MinimumAge = 18 });

        Assert.Equal(HardConstraint.BelowMinimumAge, excluded.Constraints);
        Assert.Equal(["Sam will be 17 on the start date (13 April 2026); the minimum age is 18"], excluded.Reasons);
    }

    [Fact]
    public void Rank_MinimumAgeReachedByStartDate_IsEligible()
    {
        // 17 today, 18 on 1 June: age is judged on the start date.
        RankedOnly(Sam, AnimalCare with { MinimumAge = 18, Starts = new DateOnly(2026, 6, 1), Ends = new DateOnly(2026, 7, 10) });
    }

    [Fact]
    public void Rank_AlreadyStarted_JudgesAgeToday()
    {
        var excluded = ExcludedOnly(Sam, AnimalCare with { MinimumAge = 18, Starts = new DateOnly(2026, 1, 5) });

        Assert.Equal(["Sam is 17; the minimum age is 18"], excluded.Reasons);
    }

    [Fact]
    public void Rank_OlderThanMaximum_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam, AnimalCare with { MaximumAge = 16 });

        Assert.Equal(HardConstraint.AboveMaximumAge, excluded.Constraints);
        Assert.Equal(["Sam will be 17 on the start date (13 April 2026); the maximum age is 16"], excluded.Reasons);
    }

    [Fact]
    public void Rank_SupportedInternshipAt25_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam with { DateOfBirth = new DateOnly(2001, 1, 1) }, AnimalCare with { Kind = OpeningKind.SupportedInternship });

        Assert.Equal(HardConstraint.SupportedInternshipAge, excluded.Constraints);
        Assert.Equal(["Supported internships are for ages 16 to 24; Sam will be 25 on the start date (13 April 2026)"], excluded.Reasons);
    }

    [Fact]
    public void Rank_SupportedInternshipAt15_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam with { DateOfBirth = new DateOnly(2010, 9, 1) }, AnimalCare with { Kind = OpeningKind.SupportedInternship });

        Assert.Equal(HardConstraint.SupportedInternshipAge, excluded.Constraints);
    }

    [Theory]
    [InlineData(2009, 4, 13)] // 17 on the start date
    [InlineData(2001, 4, 14)] // 24, the day before turning 25
    public void Rank_SupportedInternshipAged16To24WithEhcp_IsEligible(int year, int month, int day)
    {
        RankedOnly(Sam with { DateOfBirth = new DateOnly(year, month, day) }, AnimalCare with { Kind = OpeningKind.SupportedInternship });
    }

    [Fact]
    public void Rank_SupportedInternshipWithoutEhcp_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam with { HasEhcp = false }, AnimalCare with { Kind = OpeningKind.SupportedInternship, EhcpRequired = true });

        Assert.Equal(HardConstraint.SupportedInternshipNeedsEhcp, excluded.Constraints);
        Assert.Equal(["Supported internships need an EHCP; Sam does not have one recorded"], excluded.Reasons);
    }

    [Fact]
    public void Rank_EhcpRequiredWithoutEhcp_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam with { HasEhcp = false }, AnimalCare with { EhcpRequired = true });

        Assert.Equal(HardConstraint.EhcpRequired, excluded.Constraints);
        Assert.Equal(["Needs an EHCP; Sam does not have one recorded"], excluded.Reasons);
    }

    [Fact]
    public void Rank_BeyondKilometreRange_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam, AnimalCare with { Location = NorthOfLeeds(42) });

        Assert.Equal(HardConstraint.BeyondTravelRange, excluded.Constraints);
        Assert.Equal(["42.0 km away — beyond Sam's 5 km range"], excluded.Reasons);
    }

    [Fact]
    public void Rank_BeyondJourneyTime_IsExcluded()
    {
        // 6 minutes at the assumed 20 km/h is 2 km.
        var excluded = ExcludedOnly(Sam with { MaxTravelKm = null, MaxTravelMinutes = 6 }, AnimalCare);

        Assert.Equal(HardConstraint.BeyondTravelRange, excluded.Constraints);
        Assert.Equal(["3.2 km away — beyond Sam's 6-minute journey limit (about 2 km)"], excluded.Reasons);
    }

    [Fact]
    public void Rank_KilometresAndMinutes_UsesTheTighterLimit()
    {
        var excluded = ExcludedOnly(Sam with { MaxTravelKm = 10, MaxTravelMinutes = 6 }, AnimalCare);

        Assert.Equal(["3.2 km away — beyond Sam's 10 km range and 6-minute journey limit"], excluded.Reasons);
    }

    [Fact]
    public void Rank_EnvironmentToAvoid_IsExcluded()
    {
        var excluded = ExcludedOnly(
            Sam with { EnvironmentToAvoid = EnvironmentFactor.Noise | EnvironmentFactor.Crowds },
            AnimalCare with { EnvironmentPresent = EnvironmentFactor.Noise | EnvironmentFactor.Animals });

        Assert.Equal(HardConstraint.AvoidedEnvironment, excluded.Constraints);
        Assert.Equal(["Has noise, which Sam needs to avoid"], excluded.Reasons);
    }

    [Fact]
    public void Rank_NoDayInCommon_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam, AnimalCare with { Days = WeekDays.Saturday });

        Assert.Equal(HardConstraint.NoCommonDay, excluded.Constraints);
        Assert.Equal(["No day in common: runs Saturday; Sam is available Monday to Friday"], excluded.Reasons);
    }

    [Fact]
    public void Rank_SectorToAvoid_IsExcluded()
    {
        var excluded = ExcludedOnly(Sam with { AvoidSectors = [Sector.Catering] }, AnimalCare with { Sector = Sector.Catering });

        Assert.Equal(HardConstraint.AvoidedSector, excluded.Constraints);
        Assert.Equal(["Catering is a sector Sam wants to avoid"], excluded.Reasons);
    }

    [Fact]
    public void Rank_SeveralRulesBroken_ListsEveryReasonInRuleOrder()
    {
        var excluded = ExcludedOnly(
            Sam with { AvoidSectors = [Sector.AnimalCare] },
            AnimalCare with { IsOpen = false, Location = NorthOfLeeds(20), Days = WeekDays.Sunday });

        Assert.Equal(
            HardConstraint.NotOpen | HardConstraint.BeyondTravelRange | HardConstraint.NoCommonDay | HardConstraint.AvoidedSector,
            excluded.Constraints);
        Assert.Equal(
            [
                "Not open for applications",
                "20.0 km away — beyond Sam's 5 km range",
                "No day in common: runs Sunday; Sam is available Monday to Friday",
                "Animal care is a sector Sam wants to avoid",
            ],
            excluded.Reasons);
    }

    [Fact]
    public void Rank_HoursClearlyBeyondTheMaximum_IsExcluded_WithTheReason()
    {
        // Chloe in the demo: at most 10 hours a week, offered a 30-hour apprenticeship as her top "good fit".
        var excluded = ExcludedOnly(Sam with { PreferredName = "Chloe", MaxHoursPerWeek = 10 }, AnimalCare with { Kind = OpeningKind.Apprenticeship, HoursPerWeek = 30 });

        Assert.Equal(HardConstraint.TooManyHours, excluded.Constraints);
        Assert.Equal(["Needs 30 hours a week — more than Chloe can do: Chloe's maximum is 10 hours a week"], excluded.Reasons);
    }

    [Fact]
    public void Rank_HoursAtTheTolerance_StayIn_ButAreNeverAGoodFit()
    {
        var atTolerance = RankedOnly(Sam, AnimalCare with { HoursPerWeek = 25 });
        var justOver = ExcludedOnly(Sam, AnimalCare with { HoursPerWeek = 25.5 });

        Assert.Contains("25 hours a week — more than Sam's 20-hour maximum: agree shorter hours with the employer first", atTolerance.Reasons);
        Assert.False(atTolerance.IsGoodFit);
        Assert.Equal(HardConstraint.TooManyHours, justOver.Constraints);
    }

    [Fact]
    public void Rank_WithoutPreferredName_SaysThisYoungPerson()
    {
        var excluded = ExcludedOnly(Sam with { PreferredName = "  " }, AnimalCare with { Location = NorthOfLeeds(42), MinimumAge = 18 });

        Assert.Equal(
            [
                "This young person will be 17 on the start date (13 April 2026); the minimum age is 18",
                "42.0 km away — beyond their 5 km range",
            ],
            excluded.Reasons);
    }
}
