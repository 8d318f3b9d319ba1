using SendCareers.Domain.Backups;

namespace SendCareers.Domain.Tests.Backups;

public sealed class BackupRotationTests
{
    // 01:30 UK time each night in winter (UTC), from Monday 2 November 2026.
    private static DateTimeOffset Night(int day, int hour = 1) => new(2026, 11, day, hour, 30, 0, TimeSpan.Zero);

    [Fact]
    public void KeepsTheLastSevenNights_AndTheNewestOfEachOfFourWeeks()
    {
        var nights = Enumerable.Range(2, 28).Select(d => Night(d)).ToList(); // 2 to 29 November: four whole weeks

        var keep = new BackupRotation(Days: 7, Weeks: 4).Keep(nights);

        // The last seven nights, 23 to 29 November...
        Assert.All(Enumerable.Range(23, 7), d => Assert.Contains(Night(d), keep));
        // ...and the Sunday of each earlier week (the newest of the week).
        Assert.Contains(Night(8), keep);
        Assert.Contains(Night(15), keep);
        Assert.Contains(Night(22), keep);
        Assert.Equal(10, keep.Count);
        Assert.DoesNotContain(Night(2), keep);
        Assert.DoesNotContain(Night(21), keep);
    }

    [Fact]
    public void TwoBackupsOnOneDay_KeepTheLater()
    {
        var keep = new BackupRotation(Days: 2, Weeks: 0).Keep([Night(10, 1), Night(10, 14), Night(11, 1)]);

        Assert.Equal([Night(11, 1), Night(10, 14)], keep.OrderByDescending(t => t));
    }

    [Fact]
    public void BackupsThatStopped_KeepTheirLastCopies()
    {
        // Nothing since 5 November: counting from today would delete them all.
        var keep = new BackupRotation(Days: 3, Weeks: 0).Keep([Night(2), Night(3), Night(4), Night(5)]);

        Assert.Equal(3, keep.Count);
        Assert.Contains(Night(5), keep);
        Assert.DoesNotContain(Night(2), keep);
    }

    [Fact]
    public void DaysAreUkDays_NotUtcDays()
    {
        // 23:30 UTC on 14 July is 00:30 on 15 July in London (summer time): the same UK day as the next backup.
        var late = new DateTimeOffset(2026, 7, 14, 23, 30, 0, TimeSpan.Zero);
        var next = new DateTimeOffset(2026, 7, 15, 20, 0, 0, TimeSpan.Zero);

        var keep = new BackupRotation(Days: 2, Weeks: 0).Keep([late, next]);

        Assert.Equal([next], keep);
    }

    [Theory]
    [InlineData(0, 4, "Keep between 1 and 366 daily backups, not 0")]
    [InlineData(7, -1, "Keep between 0 and 520 weekly backups, not -1")]
    [InlineData(7, 4, null)]
    public void Problem_NamesWhatIsWrong(int days, int weeks, string? expected) =>
        Assert.Equal(expected, BackupRotation.Problem(days, weeks));
}
