using SendCareers.Domain.Matching;
using SendCareers.Domain.Places;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Tests.Matching.MatchingExamples;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>Missing data never throws and never excludes: it is named as "not enough information" and scores neutral.</summary>
public class MissingDataTests
{
    [Fact]
    public void Rank_BareCandidateAndOpening_IsNeutralWithNotEnoughInformationReasons()
    {
        var match = RankedOnly(new MatchCandidate { Id = 1 }, new MatchOpening { Id = 2 });

        Assert.Equal(50, match.Score);
        Assert.Equal(
            [
                "Not enough information to judge travel: their home area is not recorded",
                "Not enough information to judge interests: none recorded for this young person",
                "No particular skills asked for",
                "Not enough information to judge support: no support needs recorded for this young person",
                "Not enough information on the employer's experience with SEND",
                "Not enough information to judge hours: none stated",
                "Not enough information to judge days: none stated for the opening",
                "Sector not stated",
                "Number of places not stated",
            ],
            match.Reasons);
    }

    [Fact]
    public void Rank_OpeningWithoutLocation_SaysSoAndIsNotExcluded()
    {
        var match = RankedOnly(Sam, AnimalCare with { Location = null });

        Assert.Equal("Not enough information to judge travel: the opening's location is not recorded", match.Reasons[0]);
    }

    [Fact]
    public void Rank_NoTravelRange_QuotesDistanceButDoesNotExclude()
    {
        var match = RankedOnly(Sam with { MaxTravelKm = null }, AnimalCare with { Location = NorthOfLeeds(80) });

        Assert.Equal("80.0 km away — not enough information to judge travel: no travel range recorded for Sam", match.Reasons[0]);
    }

    [Fact]
    public void Rank_NoDateOfBirth_DoesNotExcludeOnAgeButSaysSo()
    {
        var match = RankedOnly(Sam with { DateOfBirth = null }, AnimalCare with { Kind = OpeningKind.SupportedInternship, MinimumAge = 18 });

        Assert.Contains("Not enough information to check age: no date of birth recorded for Sam", match.Reasons);
    }

    [Fact]
    public void Rank_NoAvailabilityOrHoursRecorded_SaysSo()
    {
        var match = RankedOnly(Sam with { AvailableDays = WeekDays.None, MaxHoursPerWeek = null }, AnimalCare);

        Assert.Contains("15 hours a week — not enough information to judge hours: no weekly maximum recorded for Sam", match.Reasons);
        Assert.Contains("Not enough information to judge days: no availability recorded for Sam", match.Reasons);
    }

    [Fact]
    public void Rank_CandidateWithoutSkills_SaysSo()
    {
        var match = RankedOnly(Sam with { Skills = [] }, AnimalCare);

        Assert.Contains("Not enough information to judge skills: none recorded for Sam", match.Reasons);
    }

    [Fact]
    public void Rank_NullListsAndNonsenseNumbers_DoNotThrow()
    {
        var candidate = new MatchCandidate
        {
            Id = 1,
            Interests = null!,
            TaskInterests = [null!, "", "  "],
            Skills = null!,
            WantsToTry = null!,
            AvoidSectors = null!,
            PreviousSectors = [(Sector)999],
            Home = new GeoPoint(double.NaN, 500),
            MaxTravelKm = double.NegativeInfinity,
            MaxTravelMinutes = -3,
            MaxHoursPerWeek = double.NaN,
            AvailableDays = (WeekDays)0x7FFF,
        };
        var opening = new MatchOpening
        {
            Id = 2,
            Sector = (Sector)999,
            Tasks = null!,
            SkillsWanted = [null!],
            HoursPerWeek = -1,
            MinimumAge = -4,
            PlacesTotal = -1,
            PlacesTaken = 5,
            PreviousSendPlacements = -2,
            DisabilityConfident = (DisabilityConfidentLevel)42,
            Location = new GeoPoint(91, 0),
        };

        var result = Matcher.Rank(candidate, [opening, null], Today);
        var reasons = result.Ranked.SelectMany(match => match.Reasons).Concat(result.Excluded.SelectMany(excluded => excluded.Reasons)).ToList();

        Assert.NotEmpty(reasons);
    }

    [Fact]
    public void Rank_NoOpenings_ReturnsEmptyLists()
    {
        var result = Matcher.Rank(Sam, [], Today);

        Assert.Empty(result.Ranked);
        Assert.Empty(result.Excluded);
    }

    [Fact]
    public void Allocate_BareRecords_DoNotThrow()
    {
        var allocation = CohortAllocator.Allocate([new MatchCandidate { Id = 1 }, null], [new MatchOpening { Id = 2 }, null], Today);

        var placed = Assert.Single(allocation.Placed);
        Assert.Equal(2, placed.Opening.Id);
        Assert.Contains("Number of places not stated", placed.Match.Reasons);
    }
}
