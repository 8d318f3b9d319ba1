using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SendCareers.Domain.Reminders;
using IcalCalendar = Ical.Net.Calendar;

namespace SendCareers.Domain.Calendar;

/// <summary>
/// Writes an invite as iCalendar text (.ics) with one event. Times are written in Europe/London with a
/// VTIMEZONE, so the event stays at 9:30am local time in every calendar app across the clocks changing.
/// Ical.Net does the escaping, CRLF line endings and folding of long lines.
/// </summary>
public static class CalendarInviteBuilder
{
    public const string ProductId = "-//SendCareers//Placement invites//EN";

    public static string Build(CalendarInvite invite)
    {
        Check(invite);

        var calendar = new IcalCalendar
        {
            ProductId = ProductId,
            Method = invite.Method == InviteMethod.Cancel ? CalendarMethods.Cancel : CalendarMethods.Request,
        };
        // Only the rules from the start onwards: a smaller file, and no 1970s history for phones to parse.
        var firstDay = UkTime.ToUk(invite.StartsAt).DateTime.Date;
        calendar.AddTimeZone(UkTime.TimeZoneId, firstDay, includeHistoricalData: false);

        var calendarEvent = new CalendarEvent
        {
            Uid = invite.Uid,
            Sequence = invite.Sequence,
            DtStamp = new CalDateTime(invite.Stamp.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = UkDateTime(invite.StartsAt),
            DtEnd = UkDateTime(invite.EndsAt),
            Summary = invite.Summary.Trim(),
            Location = string.IsNullOrWhiteSpace(invite.Location) ? null : invite.Location.Trim(),
            Description = string.IsNullOrWhiteSpace(invite.Description) ? null : invite.Description.Trim(),
            Organizer = new Organizer($"mailto:{invite.Organizer.Email.Trim()}") { CommonName = invite.Organizer.Name },
            Status = invite.Method == InviteMethod.Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        foreach (var person in invite.Attendees)
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{person.Email.Trim()}") { CommonName = person.Name });
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net returned no text for the invite.");
    }

    private static CalDateTime UkDateTime(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(UkTime.ToUk(instant).DateTime, DateTimeKind.Unspecified), UkTime.TimeZoneId);

    private static void Check(CalendarInvite invite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invite.Uid);
        ArgumentException.ThrowIfNullOrWhiteSpace(invite.Summary);
        ArgumentOutOfRangeException.ThrowIfNegative(invite.Sequence);
        if (invite.EndsAt <= invite.StartsAt)
        {
            throw new ArgumentException("The end must be after the start.", nameof(invite));
        }

        foreach (var person in invite.Attendees.Prepend(invite.Organizer))
        {
            // An address with spaces or line breaks would corrupt the property line (or smuggle in another).
            var email = person.Email?.Trim();
            if (string.IsNullOrEmpty(email) || !email.Contains('@') || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new ArgumentException($"\"{person.Email}\" is not an e-mail address.", nameof(invite));
            }
        }
    }
}
