using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SendCareers.Domain.Reminders;
using IcalCalendar = Ical.Net.Calendar;

namespace SendCareers.Domain.Calendar;

/// <summary>
/// Writes a subscription calendar (METHOD:PUBLISH): no organiser or attendees, since a feed invites
/// nobody and should carry no e-mail addresses. Times in Europe/London with a VTIMEZONE, as in invites.
/// </summary>
public static class CalendarFeedBuilder
{
    public const string ProductId = "-//SendCareers//Calendar feed//EN";

    public static string Build(CalendarFeed feed, DateTimeOffset stamp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feed.Name);
        var calendar = new IcalCalendar { ProductId = ProductId, Method = CalendarMethods.Publish };
        // Calendar apps read these two for the calendar's name and how often to look again.
        calendar.AddProperty("X-WR-CALNAME", feed.Name.Trim());
        calendar.AddProperty("X-PUBLISHED-TTL", "PT" + (int)CalendarFeed.RefreshInterval.TotalHours + "H");

        var events = feed.Events.OrderBy(e => e.StartsAt).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
        if (events.Count > 0)
        {
            calendar.AddTimeZone(UkTime.TimeZoneId, UkTime.ToUk(events[0].StartsAt).DateTime.Date, includeHistoricalData: false);
        }

        foreach (var item in events)
        {
            Check(item);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = item.Uid,
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
                DtStart = UkDateTime(item.StartsAt),
                DtEnd = UkDateTime(item.EndsAt),
                Summary = item.Summary.Trim(),
                Location = string.IsNullOrWhiteSpace(item.Location) ? null : item.Location.Trim(),
                Description = string.IsNullOrWhiteSpace(item.Description) ? null : item.Description.Trim(),
                Url = item.Link,
                Status = item.Tentative ? EventStatus.Tentative : EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net returned no text for the feed.");
    }

    private static CalDateTime UkDateTime(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(UkTime.ToUk(instant).DateTime, DateTimeKind.Unspecified), UkTime.TimeZoneId);

    private static void Check(FeedEvent item)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item.Uid);
        ArgumentException.ThrowIfNullOrWhiteSpace(item.Summary);
        if (item.EndsAt <= item.StartsAt)
        {
            throw new ArgumentException($"Event {item.Uid} ends before it starts.", nameof(item));
        }
    }
}
