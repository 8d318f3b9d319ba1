using SendCareers.Domain.Evidence;

namespace SendCareers.Domain.Tests.Evidence;

public class TrainedCoachesTests
{
    [Fact]
    public void CountsEachCoachOnce_AndEachCourseOncePerCoach_WithTheMostTakenFirst()
    {
        var trained = TrainedCoaches.Of(4,
        [
            ("tom", "Systematic instruction"),
            ("tom", "Systematic instruction"),
            ("tom", "Level 3 Certificate in Supported Employment"),
            ("grace", " level 3 certificate in supported employment "),
            ("daniel", "Travel training"),
        ]);

        Assert.Equal(4, trained.Coaches);
        Assert.Equal(3, trained.Trained);
        Assert.Equal(
            [("Level 3 Certificate in Supported Employment", 2), ("Systematic instruction", 1), ("Travel training", 1)],
            trained.Courses);
    }

    [Fact]
    public void OneCourseTypedTwoWays_IsShownTheSameWay_WhateverOrderTheRowsCameIn()
    {
        var forwards = new[] { ("a", "level 3 certificate"), ("b", "Level 3 Certificate"), ("c", "Level 3 Certificate") };
        var backwards = forwards.Reverse().ToArray();
        var tie = new[] { ("a", "systematic instruction"), ("b", "Systematic Instruction") };

        Assert.Equal(("Level 3 Certificate", 3), TrainedCoaches.Of(3, forwards).Courses.Single());
        Assert.Equal(("Level 3 Certificate", 3), TrainedCoaches.Of(3, backwards).Courses.Single());
        Assert.Equal("Systematic Instruction", TrainedCoaches.Of(2, tie).Courses.Single().Course);
        Assert.Equal("Systematic Instruction", TrainedCoaches.Of(2, tie.Reverse()).Courses.Single().Course);
    }

    [Fact]
    public void NothingRecorded_MeansNoOneTrained()
    {
        var trained = TrainedCoaches.Of(3, [("tom", "   ")]);

        Assert.Equal(0, trained.Trained);
        Assert.Empty(trained.Courses);
    }
}
