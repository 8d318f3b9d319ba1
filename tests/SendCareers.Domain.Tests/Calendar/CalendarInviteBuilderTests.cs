using System.Text;
using Ical.Net;
using SendCareers.Domain.Calendar;
using SendCareers.Domain.Reminders;
using IcalCalendar = Ical.Net.Calendar;

namespace SendCareers.Domain.Tests.Calendar;

public class CalendarInviteBuilderTests
{
    private const string LongDescription =
        "Sam will arrive with their job coach, Alex, who stays for the first morning. Please meet them at reception; " +
        "Sam prefers written instructions, a quiet place for breaks, and a named person to ask. Bring: nothing; lunch is provided.";

    private static readonly CalendarInvite December = new(
        CalendarInvite.UidFor(ScheduleSubject.Placement(42), "hub.example.org"),
        Sequence: 0,
        InviteMethod.Request,
        UkTime.FromUk(new DateOnly(2026, 12, 1), new TimeOnly(9, 30)),
        UkTime.FromUk(new DateOnly(2026, 12, 1), new TimeOnly(15, 0)),
        "Work experience: Sam at Acme Ltd",
        new InvitePerson("placements@hub.example.org", "Leeds SEND Careers Hub"),
        Stamp: new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero))
    {
        Location = "Acme Ltd, 1 Park Row, Leeds LS1 5AB",
        Description = LongDescription,
    };

    private static (IcalCalendar Calendar, Ical.Net.CalendarComponents.CalendarEvent Event) Parse(string text)
    {
        var calendar = IcalCalendar.Load(text);
        Assert.NotNull(calendar);
        return (calendar, Assert.Single(calendar.Events));
    }

    [Fact]
    public void Build_December_RoundTripsEveryField()
    {
        var (calendar, parsed) = Parse(CalendarInviteBuilder.Build(December));

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("placement-42@hub.example.org", parsed.Uid);
        Assert.Equal(0, parsed.Sequence);
        Assert.Equal("Work experience: Sam at Acme Ltd", parsed.Summary);
        Assert.Equal("Acme Ltd, 1 Park Row, Leeds LS1 5AB", parsed.Location);
        Assert.Equal(LongDescription, parsed.Description);
        Assert.Equal("CONFIRMED", parsed.Status);
        Assert.Equal("mailto:placements@hub.example.org", parsed.Organizer!.Value!.ToString());
        Assert.Equal("Leeds SEND Careers Hub", parsed.Organizer.CommonName);

        Assert.Equal("Europe/London", parsed.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 30, 0), parsed.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 1, 15, 0, 0), parsed.DtEnd!.Value);
        Assert.Equal(new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc), parsed.DtStart.AsUtc);
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/London");
    }

    [Fact]
    public void Build_July_WritesUkLocalTimeWithTheZone()
    {
        var july = December with
        {
            StartsAt = UkTime.FromUk(new DateOnly(2026, 7, 15), new TimeOnly(9, 30)),
            EndsAt = UkTime.FromUk(new DateOnly(2026, 7, 15), new TimeOnly(15, 0)),
        };

        var text = CalendarInviteBuilder.Build(july);
        var (_, parsed) = Parse(text);

        Assert.Contains("DTSTART;TZID=Europe/London:20260715T093000\r\n", text);
        Assert.Equal(new DateTime(2026, 7, 15, 9, 30, 0), parsed.DtStart!.Value);
        Assert.Equal(new DateTime(2026, 7, 15, 8, 30, 0, DateTimeKind.Utc), parsed.DtStart.AsUtc);
    }

    [Fact]
    public void Build_Text_IsValidIcalendarWithCrlfAndFoldedLines()
    {
        var text = CalendarInviteBuilder.Build(December);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line longer than 75 octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' ')); // the long description was folded
        Assert.Contains("VERSION:2.0\r\n", text);
        Assert.Contains("PRODID:" + CalendarInviteBuilder.ProductId + "\r\n", text);
        Assert.Contains("DTSTAMP:20261102T100000Z\r\n", text);
        Assert.Equal(1, lines.Count(l => l == "BEGIN:VEVENT"));
    }

    [Fact]
    public void Build_Update_KeepsTheUidAndRaisesTheSequence()
    {
        var (_, original) = Parse(CalendarInviteBuilder.Build(December));
        var moved = December with { Sequence = 1, Location = "Acme Ltd, 20 Wellington Street, Leeds LS1 4DL" };

        var (_, updated) = Parse(CalendarInviteBuilder.Build(moved));

        Assert.Equal(original.Uid, updated.Uid);
        Assert.Equal(1, updated.Sequence);
        Assert.Equal("Acme Ltd, 20 Wellington Street, Leeds LS1 4DL", updated.Location);
    }

    [Fact]
    public void Build_Cancel_UsesMethodCancelAndCancelledStatus()
    {
        var text = CalendarInviteBuilder.Build(December with { Method = InviteMethod.Cancel, Sequence = 2 });
        var (calendar, parsed) = Parse(text);

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", parsed.Status);
        Assert.Equal(2, parsed.Sequence);
        Assert.Equal("placement-42@hub.example.org", parsed.Uid);
    }

    [Fact]
    public void Build_WithAttendees_ListsThem()
    {
        var withAttendees = December with { Attendees = [new InvitePerson("supervisor@acme.example", "Priya Shah")] };

        var (_, parsed) = Parse(CalendarInviteBuilder.Build(withAttendees));

        Assert.Equal("mailto:supervisor@acme.example", Assert.Single(parsed.Attendees).Value!.ToString());
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b.example\r\nATTENDEE:mailto:evil@example.com")]
    [InlineData("")]
    public void Build_BadOrganizerAddress_IsRejected(string email)
    {
        Assert.Throws<ArgumentException>(() => CalendarInviteBuilder.Build(December with { Organizer = new InvitePerson(email) }));
    }

    [Fact]
    public void Build_CarriageReturnInText_CannotInjectAProperty()
    {
        var hostile = December with { Summary = "Visit\r\nATTENDEE:mailto:evil@example.com" };

        var text = CalendarInviteBuilder.Build(hostile);
        var (_, parsed) = Parse(text);

        Assert.Empty(parsed.Attendees);
        Assert.DoesNotContain("\r\nATTENDEE", text);
    }

    [Fact]
    public void UidFor_Encounter_IsStable()
    {
        Assert.Equal("encounter-9@hub.example.org", CalendarInvite.UidFor(ScheduleSubject.Encounter(9), " Hub.Example.org "));
    }
}
