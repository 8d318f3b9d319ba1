using SendCareers.Domain.Placements.Internships;

namespace SendCareers.Domain.Tests.Placements;

public class RotationPlanRulesTests
{
    private static readonly DateOnly Starts = new(2026, 9, 7);
    private static readonly DateOnly Ends = new(2027, 6, 25);

    private static Rotation Weeks(string name, DateOnly starts, int weeks) => new(name, starts, starts.AddDays((weeks * 7) - 1));

    private static readonly Rotation[] ThreeGood =
    [
        Weeks("Catering", new DateOnly(2026, 9, 7), 11),
        Weeks("Reception", new DateOnly(2027, 1, 4), 11),
        Weeks("Estates", new DateOnly(2027, 3, 29), 12),
    ];

    [Fact]
    public void Check_ThreeRotationsOfElevenOrTwelveWeeks_HasNoProblems()
    {
        var review = RotationPlanRules.Check(Starts, Ends, ThreeGood);

        Assert.True(review.IsAcceptable);
        Assert.Empty(review.Problems);
    }

    [Fact]
    public void Check_Overlapping_IsAnErrorOnTheLaterRotation()
    {
        Rotation[] plan = [ThreeGood[0], Weeks("Reception", new DateOnly(2026, 11, 16), 11), ThreeGood[2]];

        var review = RotationPlanRules.Check(Starts, Ends, plan);

        var error = Assert.Single(review.Errors);
        Assert.Equal(2, error.RotationNumber);
        Assert.Equal(
            "Rotation 2 (Reception) starts on 16 November 2026, before rotation 1 (Catering) ends on 22 November 2026. Rotations must not overlap.",
            error.Message);
    }

    [Fact]
    public void Check_OverlapListedOutOfOrder_IsStillFound()
    {
        Rotation[] plan = [ThreeGood[2], ThreeGood[0], Weeks("Reception", new DateOnly(2027, 3, 22), 11)];

        var review = RotationPlanRules.Check(Starts, Ends, plan);

        // Reported on the rotation that starts later, whatever order the form lists them in.
        var error = Assert.Single(review.Errors);
        Assert.Equal(1, error.RotationNumber);
        Assert.StartsWith("Rotation 1 (Estates) starts on 29 March 2027, before rotation 3 (Reception) ends on", error.Message);
    }

    [Fact]
    public void Check_RotationOutsideInternship_IsAnError()
    {
        Rotation[] plan = [ThreeGood[0], ThreeGood[1], Weeks("Estates", new DateOnly(2027, 5, 3), 12)];

        var review = RotationPlanRules.Check(Starts, Ends, plan);

        Assert.Contains(review.Errors, p => p.RotationNumber == 3 && p.Message.Contains("must be within the internship, from 7 September 2026 to 25 June 2027"));
    }

    [Fact]
    public void Check_InternshipShorterThanSixMonths_IsAnError()
    {
        var review = RotationPlanRules.Check(new DateOnly(2026, 9, 7), new DateOnly(2027, 2, 26), [Weeks("Catering", new DateOnly(2026, 9, 7), 11)]);

        Assert.Contains(review.Errors, p => p.RotationNumber is null &&
            p.Message == "A supported internship must last at least 6 months. One starting on 7 September 2026 must end on or after 6 March 2027.");
    }

    [Fact]
    public void Check_ExactlySixMonths_IsLongEnough()
    {
        var review = RotationPlanRules.Check(new DateOnly(2026, 9, 7), new DateOnly(2027, 3, 6), [Weeks("Catering", new DateOnly(2026, 9, 7), 11)]);

        Assert.DoesNotContain(review.Errors, p => p.Message.Contains("6 months"));
    }

    [Fact]
    public void Check_ThreeWeekRotation_IsAnError()
    {
        Rotation[] plan = [ThreeGood[0], Weeks("Reception", new DateOnly(2027, 1, 4), 3), ThreeGood[2]];

        var review = RotationPlanRules.Check(Starts, Ends, plan);

        Assert.False(review.IsAcceptable);
        Assert.Contains("is 3 weeks long. A rotation needs at least 4 weeks", Assert.Single(review.Errors).Message);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(14)]
    public void Check_UnusualLength_IsAdviceOnly(int weeks)
    {
        Rotation[] plan = [ThreeGood[0], Weeks("Reception", new DateOnly(2027, 1, 4), weeks), ThreeGood[2] with { Starts = new DateOnly(2027, 4, 12), Ends = new DateOnly(2027, 6, 25) }];

        var review = RotationPlanRules.Check(Starts, Ends, plan);

        Assert.True(review.IsAcceptable);
        Assert.Contains(review.Advice, p => p.RotationNumber == 2 && p.Message.EndsWith("Rotations usually last 10 to 12 weeks."));
    }

    [Fact]
    public void Check_TwelveWeeksAndThreeDays_SaysSoExactly()
    {
        Rotation[] plan = [ThreeGood[0], new("Reception", new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 31)), Weeks("Estates", new DateOnly(2027, 4, 5), 11)];

        var review = RotationPlanRules.Check(Starts, Ends, plan);

        Assert.Equal("Rotation 2 (Reception) is 12 weeks and 3 days long. Rotations usually last 10 to 12 weeks.", Assert.Single(review.Advice).Message);
    }

    [Fact]
    public void Check_TwoRotations_GivesAdvice()
    {
        var review = RotationPlanRules.Check(Starts, Ends, ThreeGood[..2]);

        Assert.True(review.IsAcceptable);
        Assert.Equal("Most supported internships have 3 rotations. This plan has 2.", Assert.Single(review.Advice).Message);
    }

    [Fact]
    public void Check_RotationEndingBeforeItStarts_IsAnError()
    {
        Rotation[] plan = [ThreeGood[0], new("Reception", new DateOnly(2027, 3, 1), new DateOnly(2027, 1, 4)), ThreeGood[2]];

        var review = RotationPlanRules.Check(Starts, Ends, plan);

        Assert.Equal("Rotation 2 (Reception) ends before it starts.", Assert.Single(review.Errors).Message);
    }

    [Fact]
    public void Check_NoRotations_IsAnError()
    {
        Assert.Equal("Add at least one rotation.", Assert.Single(RotationPlanRules.Check(Starts, Ends, []).Errors).Message);
    }
}
