using SendCareers.Domain.Retention;

namespace SendCareers.Domain.Tests.Retention;

public class DestinationCheckpointsTests
{
    private static LeaverCheckpoint Checkpoint(string left, string on) => new(DateOnly.Parse(left), DateOnly.Parse(on));

    [Fact]
    public void NotLeft_NothingDue()
    {
        Assert.Null(DestinationCheckpoints.NextDue([]));
    }

    [Fact]
    public void OnlyTheLeavingCheckpoint_FirstAnniversaryIsNext()
    {
        Assert.Equal(DateOnly.Parse("2025-07-18"), DestinationCheckpoints.NextDue([Checkpoint("2024-07-18", "2024-07-18")]));
    }

    [Fact]
    public void CheckpointRecordedALittleEarly_CountsForThatYear()
    {
        var checkpoints = new[] { Checkpoint("2024-07-18", "2024-07-18"), Checkpoint("2024-07-18", "2025-06-01") };

        Assert.Equal(DateOnly.Parse("2026-07-18"), DestinationCheckpoints.NextDue(checkpoints));
    }

    [Fact]
    public void CheckpointRecordedTooEarly_DoesNotCount()
    {
        var checkpoints = new[] { Checkpoint("2024-07-18", "2024-07-18"), Checkpoint("2024-07-18", "2025-01-10") };

        Assert.Equal(DateOnly.Parse("2025-07-18"), DestinationCheckpoints.NextDue(checkpoints));
    }

    [Fact]
    public void AllThreeYearsRecorded_NothingMoreDue()
    {
        var checkpoints = new[]
        {
            Checkpoint("2020-07-17", "2020-07-17"), Checkpoint("2020-07-17", "2021-07-17"),
            Checkpoint("2020-07-17", "2022-07-20"), Checkpoint("2020-07-17", "2023-07-01"),
        };

        Assert.Null(DestinationCheckpoints.NextDue(checkpoints));
    }

    [Fact]
    public void LeftOnLeapDay_FirstCheckpointOnFirstMarch()
    {
        Assert.Equal(DateOnly.Parse("2025-03-01"), DestinationCheckpoints.NextDue([Checkpoint("2024-02-29", "2024-02-29")]));
    }
}
