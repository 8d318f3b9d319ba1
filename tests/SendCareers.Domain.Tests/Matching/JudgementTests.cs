using SendCareers.Domain.Matching;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using static SendCareers.Domain.Tests.Matching.MatchingExamples;

namespace SendCareers.Domain.Tests.Matching;

/// <summary>
/// The judgement set (issue 18): hand-written cases of a young person and an opening, each with the outcome
/// a job coach would expect and the rule from the domain brief (docs/matching.md, ../shared/domain.md) it
/// protects. Sam is 17, has an EHCP, lives in Leeds with a 5 km range, can do 20 hours on weekdays, likes
/// animal care and feeding animals, and needs a quiet space and regular breaks; the opening is two weeks'
/// animal care work experience 3.2 km away that suits him (80 out of 100, a strong fit).
/// </summary>
public class JudgementTests
{
    public enum Expect
    {
        /// <summary>Left out, with this constraint and a reason containing the text.</summary>
        Excluded,

        /// <summary>Ranked and called a good (or strong) fit, nothing not met.</summary>
        GoodFit,

        /// <summary>Ranked, never called a good fit, with a cross containing the text.</summary>
        NotAGoodFit,

        /// <summary>Ranked, with a warning (not a cross) containing the text.</summary>
        RankedWithWarning,

        /// <summary>Both ranked, the opening above the other.</summary>
        RankedAbove,
    }

    public sealed record Case(string Rule, string Story, MatchCandidate Person, MatchOpening Opening, Expect Expect, string Text = "", HardConstraint Constraint = HardConstraint.None, MatchOpening? Other = null)
    {
        public override string ToString() => $"{Rule}: {Story}";
    }

    private static readonly DateOnly Expired = new(2026, 2, 7);

    private static readonly Case[] AllCases =
    [
        // Hours (Castle School's stages: half a day a week, then a day, then most of the week)
        new("Hours beyond the tolerance", "Chloe can do 10 hours; a 30-hour apprenticeship",
            Sam with { PreferredName = "Chloe", MaxHoursPerWeek = 10 }, AnimalCare with { Kind = OpeningKind.Apprenticeship, HoursPerWeek = 30 },
            Expect.Excluded, "Needs 30 hours a week — more than Chloe can do", HardConstraint.TooManyHours),
        new("Hours beyond the tolerance", "Ellie can do 5 hours; 10 hours of work experience",
            Sam with { PreferredName = "Ellie", MaxHoursPerWeek = 5 }, AnimalCare with { HoursPerWeek = 10 },
            Expect.Excluded, "Ellie's maximum is 5 hours a week", HardConstraint.TooManyHours),
        new("Hours within the tolerance are a drawback", "12 hours for someone who can do 10",
            Sam with { MaxHoursPerWeek = 10 }, AnimalCare with { HoursPerWeek = 12 },
            Expect.NotAGoodFit, "more than Sam's 10-hour maximum: agree shorter hours"),
        new("Hours within the tolerance are a drawback", "a 16-hour job (paid work) for someone who can do 15",
            Sam with { MaxHoursPerWeek = 15 }, AnimalCare with { Kind = OpeningKind.JobCarvedRole, HoursPerWeek = 16 },
            Expect.NotAGoodFit, "16 hours a week — more than Sam's 15-hour maximum"),
        new("Hours within the maximum", "8 hours for someone who can do 10",
            Sam with { MaxHoursPerWeek = 10 }, AnimalCare with { HoursPerWeek = 8 },
            Expect.GoodFit),
        new("Missing information never excludes", "the opening does not state its hours",
            Sam with { MaxHoursPerWeek = 5 }, AnimalCare with { HoursPerWeek = null },
            Expect.RankedWithWarning, "Not enough information to judge hours: none stated"),

        // Days
        new("Days in common", "runs only on Saturday; Sam is available on weekdays",
            Sam, AnimalCare with { Days = WeekDays.Saturday },
            Expect.Excluded, "No day in common", HardConstraint.NoCommonDay),
        new("Days in common", "every day it runs beats some of the days",
            Sam with { AvailableDays = WeekDays.Monday | WeekDays.Tuesday }, AnimalCare with { Days = WeekDays.Monday | WeekDays.Tuesday },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11, Days = WeekDays.Monday | WeekDays.Thursday }),

        // Supported internships and EHCP rules
        new("Supported internships need an EHCP", "no EHCP recorded",
            Sam with { HasEhcp = false }, AnimalCare with { Kind = OpeningKind.SupportedInternship },
            Expect.Excluded, "Supported internships need an EHCP", HardConstraint.SupportedInternshipNeedsEhcp),
        new("Supported internships are for ages 16 to 24", "a 26-year-old",
            Sam with { DateOfBirth = new DateOnly(2000, 1, 1) }, AnimalCare with { Kind = OpeningKind.SupportedInternship },
            Expect.Excluded, "Supported internships are for ages 16 to 24", HardConstraint.SupportedInternshipAge),
        new("Supported internships are for ages 16 to 24", "a 15-year-old",
            Sam with { DateOfBirth = new DateOnly(2011, 1, 1) }, AnimalCare with { Kind = OpeningKind.SupportedInternship },
            Expect.Excluded, "will be 15 on the start date", HardConstraint.SupportedInternshipAge),
        new("Supported internships with an EHCP", "17, with an EHCP, interested in the sector",
            Sam, AnimalCare with { Kind = OpeningKind.SupportedInternship, PlacesTotal = 4 },
            Expect.GoodFit),
        new("An employer may ask for an EHCP", "no EHCP recorded",
            Sam with { HasEhcp = false }, AnimalCare with { EhcpRequired = true },
            Expect.Excluded, "Needs an EHCP", HardConstraint.EhcpRequired),
        new("Minimum age", "a 14-year-old and a 16+ extended placement",
            Sam with { DateOfBirth = new DateOnly(2012, 1, 1) }, AnimalCare with { Kind = OpeningKind.ExtendedPlacement, MinimumAge = 16 },
            Expect.Excluded, "the minimum age is 16", HardConstraint.BelowMinimumAge),

        // Travel and travel training
        new("Travel range", "42 km away, beyond a 5 km range",
            Sam, AnimalCare with { Location = NorthOfLeeds(42) },
            Expect.Excluded, "beyond Sam's 5 km range", HardConstraint.BeyondTravelRange),
        new("Travel training: a journey-time limit", "12 km away; travel-trained for 30-minute journeys (about 10 km)",
            Sam with { MaxTravelKm = null, MaxTravelMinutes = 30 }, AnimalCare with { Location = NorthOfLeeds(12) },
            Expect.Excluded, "30-minute journey limit (about 10 km)", HardConstraint.BeyondTravelRange),
        new("Transport is planned by the school", "Sam needs transport arranged",
            Sam with { Travel = TravelIndependence.NeedsTransport }, AnimalCare,
            Expect.RankedWithWarning, "Sam needs transport arranged"),
        new("Closer is better", "1 km away beats 4 km away",
            Sam, AnimalCare with { Location = NorthOfLeeds(1) },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11, Location = NorthOfLeeds(4) }),
        new("Missing information never excludes", "no home area recorded",
            Sam with { Home = null, HomeOutwardCode = null }, AnimalCare,
            Expect.RankedWithWarning, "home area is not recorded"),

        // Sensory needs, access and communication
        new("Sensory needs: conditions to avoid", "Sam must avoid noise; a noisy workplace",
            Sam with { EnvironmentToAvoid = EnvironmentFactor.Noise }, AnimalCare with { EnvironmentPresent = EnvironmentFactor.Noise | EnvironmentFactor.Animals },
            Expect.Excluded, "Has noise, which Sam needs to avoid", HardConstraint.AvoidedEnvironment),
        new("Support that is offered", "a quiet space and regular breaks beat a quiet space alone",
            Sam, AnimalCare with { SupportOffered = SupportFeature.QuietSpace | SupportFeature.RegularBreaks },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11 }),
        new("Access cannot be arranged on the day", "Sam uses a wheelchair; step-free access not offered",
            Sam with { SupportNeeds = SupportFeature.StepFreeAccess | SupportFeature.QuietSpace }, AnimalCare,
            Expect.NotAGoodFit, "Needs step-free access — not listed as offered"),
        new("Communication: BSL on site", "Sam signs BSL; nobody on site does",
            Sam with { Communication = CommunicationMethod.Bsl | CommunicationMethod.Writing }, AnimalCare,
            Expect.NotAGoodFit, "Communicates using BSL — not listed as used here"),
        new("Communication: Makaton on site", "staff who use Makaton beat staff who do not",
            Sam with { Communication = CommunicationMethod.Makaton | CommunicationMethod.Speech }, AnimalCare with { CommunicationSupported = CommunicationMethod.Makaton },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11 }),

        // Interests, avoided sectors and the variety rule
        new("Avoided sectors", "Sam wants to avoid catering",
            Sam with { AvoidSectors = [Sector.Catering] }, AnimalCare with { Sector = Sector.Catering },
            Expect.Excluded, "Catering is a sector Sam wants to avoid", HardConstraint.AvoidedSector),
        new("Interests first", "a stated interest beats something to try",
            Sam with { Interests = [Sector.Digital], WantsToTry = [Sector.Retail], TaskInterests = [] }, AnimalCare with { Sector = Sector.Digital },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11, Sector = Sector.Retail }),
        new("Tasks they enjoy", "feeding animals beats cleaning pens alone (sector not named as an interest)",
            Sam with { Interests = [] }, AnimalCare,
            Expect.RankedAbove, Other: AnimalCare with { Id = 11, Tasks = ["cleaning pens"] }),
        new("The variety rule: a new sector", "digital, new to Sam, beats animal care he has done (both interests)",
            Sam with { Interests = [Sector.AnimalCare, Sector.Digital], PreviousSectors = [Sector.AnimalCare], TaskInterests = [] }, AnimalCare with { Sector = Sector.Digital },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11 }),
        new("The variety rule: no steering into catering", "neither asked for: engineering beats catering",
            Sam with { Interests = [], WantsToTry = [], TaskInterests = [] }, AnimalCare with { Sector = Sector.Engineering },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11, Sector = Sector.Catering }),
        new("The variety rule never outweighs an interest", "Sam asked for catering: it beats engineering",
            Sam with { Interests = [Sector.Catering], TaskInterests = [] }, AnimalCare with { Sector = Sector.Catering },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11, Sector = Sector.Engineering }),
        new("Employers who know SEND", "Disability Confident Leader beats not yet signed up",
            Sam, AnimalCare with { PreviousSendPlacements = 0, DisabilityConfident = DisabilityConfidentLevel.Leader },
            Expect.RankedAbove, Other: AnimalCare with { Id = 11, PreviousSendPlacements = 0, DisabilityConfident = DisabilityConfidentLevel.NotYet }),

        // Safeguarding checks and the opening itself
        new("Safeguarding checks valid on the dates", "the employer's insurance has expired",
            Sam, AnimalCare with { ChecksNeeded = [new CheckProblem(SafeguardingCheck.EmployersLiabilityInsurance, CheckProblemKind.Expired, Expired)] },
            Expect.NotAGoodFit, "Checks needed before this can be confirmed: employer's liability insurance expired on 7 February 2026"),
        new("Safeguarding checks valid on the dates", "the risk assessment runs out before the placement ends",
            Sam, AnimalCare with { ChecksNeeded = [new CheckProblem(SafeguardingCheck.RiskAssessment, CheckProblemKind.ExpiresDuring, new DateOnly(2026, 5, 1))] },
            Expect.NotAGoodFit, "risk assessment expires on 1 May 2026, before the activity ends"),
        new("Safeguarding checks valid on the dates", "all checks in order",
            Sam, AnimalCare,
            Expect.GoodFit),
        new("Only open places", "the opening is closed",
            Sam, AnimalCare with { IsOpen = false },
            Expect.Excluded, "Not open for applications", HardConstraint.NotOpen),
        new("Only open places", "every place is taken",
            Sam, AnimalCare with { PlacesTotal = 2, PlacesTaken = 2 },
            Expect.Excluded, "No places left: 2 of 2 taken", HardConstraint.NoPlacesLeft),
        new("Only open places", "it ended last month",
            Sam, AnimalCare with { Starts = new DateOnly(2026, 1, 5), Ends = new DateOnly(2026, 2, 13) },
            Expect.Excluded, "Ended on 13 February 2026", HardConstraint.Ended),
    ];

    /// <summary>Each case by its name ("rule: story"), so every case is reported on its own.</summary>
    public static TheoryData<string> Cases => new(AllCases.Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judgement(string name)
    {
        var c = AllCases.Single(x => x.ToString() == name);
        switch (c.Expect)
        {
            case Expect.Excluded:
                var excluded = ExcludedOnly(c.Person, c.Opening);
                Assert.True((excluded.Constraints & c.Constraint) == c.Constraint, $"{c}: expected {c.Constraint}, got {excluded.Constraints}");
                Assert.Contains(excluded.Reasons, r => r.Contains(c.Text, StringComparison.Ordinal));
                break;
            case Expect.GoodFit:
                var good = RankedOnly(c.Person, c.Opening);
                Assert.True(good.IsGoodFit, $"{c}: {good.Score}, {good.Fit}, not met: {string.Join("; ", good.NotMet)}");
                Assert.Empty(good.NotMet);
                break;
            case Expect.NotAGoodFit:
                var notGood = RankedOnly(c.Person, c.Opening);
                Assert.False(notGood.IsGoodFit, $"{c}: called a {notGood.Fit.Words()} at {notGood.Score}");
                Assert.Contains(notGood.NotMet, r => r.Text.Contains(c.Text, StringComparison.Ordinal));
                break;
            case Expect.RankedWithWarning:
                var warned = RankedOnly(c.Person, c.Opening);
                Assert.Contains(warned.MarkedReasons, r => r.Mark == ReasonMark.Check && r.Text.Contains(c.Text, StringComparison.Ordinal));
                break;
            case Expect.RankedAbove:
                var result = Rank(c.Person, c.Opening, c.Other!);
                Assert.Empty(result.Excluded);
                Assert.Equal(2, result.Ranked.Count);
                Assert.True(result.Ranked[0].Opening.Id == c.Opening.Id && result.Ranked[0].Score > result.Ranked[1].Score, $"{c}: scores {result.Ranked[0].Opening.Id}={result.Ranked[0].Score}, {result.Ranked[1].Opening.Id}={result.Ranked[1].Score}");
                break;
        }
    }

    [Fact]
    public void TheSetHasAtLeastThirtyCases_EachNamingItsRule()
    {
        Assert.True(AllCases.Length >= 30);
        Assert.All(AllCases, c => Assert.False(string.IsNullOrWhiteSpace(c.Rule)));
        Assert.Equal(AllCases.Length, AllCases.Select(c => c.ToString()).Distinct().Count());
    }
}
