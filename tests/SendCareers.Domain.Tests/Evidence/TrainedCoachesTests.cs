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
    public void NothingRecorded_MeansNoOneTrained()
    {
        var trained = TrainedCoaches.Of(3, [("tom", "   ")]);

        Assert.Equal(0, trained.Trained);
        Assert.Empty(trained.Courses);
    }
}
