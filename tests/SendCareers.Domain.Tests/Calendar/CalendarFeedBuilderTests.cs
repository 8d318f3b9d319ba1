using SendCareers.Domain.Calendar;
using SendCareers.Domain.Reminders;
using IcalCalendar = Ical.Net.Calendar;

namespace SendCareers.Domain.Tests.Calendar;

public class CalendarFeedBuilderTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static FeedEvent Visit(int id, DateOnly day) => new(
        $"encounter-{id}@hub.example.org",
        UkTime.FromUk(day, new TimeOnly(10, 0)),
        UkTime.FromUk(day, new TimeOnly(11, 30)),
        "Kitchen tour (workplace visit) with Acme Ltd")
    {
        Location = "1 Park Row, Leeds LS1 5AB",
        Description = "6 young people from Riverside School.",
        Link = new Uri($"https://hub.example.org/coach/encounters/{id}"),
    };

    [Fact]
    public void Build_PublishesEventsInTimeOrderWithNameAndLinks()
    {
        var feed = new CalendarFeed("SendCareers: Riverside School", [Visit(2, new DateOnly(2027, 7, 1)), Visit(1, new DateOnly(2026, 12, 1))]);

        var text = CalendarFeedBuilder.Build(feed, Stamp);
        var calendar = IcalCalendar.Load(text)!;

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Contains("X-WR-CALNAME:SendCareers: Riverside School", text, StringComparison.Ordinal);
        Assert.Equal(["encounter-1@hub.example.org", "encounter-2@hub.example.org"], calendar.Events.Select(e => e.Uid));
        var first = calendar.Events[0]!;
        Assert.Equal("Kitchen tour (workplace visit) with Acme Ltd", first.Summary);
        Assert.Equal("1 Park Row, Leeds LS1 5AB", first.Location);
        Assert.Equal(new Uri("https://hub.example.org/coach/encounters/1"), first.Url);
        Assert.Equal("CONFIRMED", first.Status);
        // 10am in London is 10:00 UTC in December and 09:00 UTC in July.
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), first.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 7, 1, 9, 0, 0, DateTimeKind.Utc), calendar.Events[1]!.DtStart!.AsUtc);
    }

    [Fact]
    public void Build_InvitesNobody()
    {
        var text = CalendarFeedBuilder.Build(new CalendarFeed("Mine", [Visit(1, new DateOnly(2026, 12, 1))]), Stamp);

        Assert.DoesNotContain("ORGANIZER", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ATTENDEE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TentativeEventsAndAwkwardTextRoundTrip()
    {
        var awkward = Visit(3, new DateOnly(2026, 12, 2)) with { Summary = "Talk; careers, \"Q&A\"\r\nBEGIN:VEVENT", Tentative = true };

        var parsed = Assert.Single(IcalCalendar.Load(CalendarFeedBuilder.Build(new CalendarFeed("Mine", [awkward]), Stamp))!.Events);

        Assert.Equal("TENTATIVE", parsed.Status);
        // Still one event: the line break is escaped inside the summary, not a new line of the file.
        Assert.StartsWith("Talk; careers, \"Q&A\"", parsed.Summary, StringComparison.Ordinal);
        Assert.EndsWith("BEGIN:VEVENT", parsed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyFeedIsStillACalendar()
    {
        var calendar = IcalCalendar.Load(CalendarFeedBuilder.Build(new CalendarFeed("Nothing yet", []), Stamp))!;

        Assert.Empty(calendar.Events);
        Assert.Equal("PUBLISH", calendar.Method);
    }

    [Fact]
    public void Build_RefusesAnEventThatEndsBeforeItStarts()
    {
        var backwards = Visit(4, new DateOnly(2026, 12, 3)) with { EndsAt = UkTime.FromUk(new DateOnly(2026, 12, 3), new TimeOnly(9, 0)) };

        Assert.Throws<ArgumentException>(() => CalendarFeedBuilder.Build(new CalendarFeed("Mine", [backwards]), Stamp));
    }
}
