using System.Globalization;
using System.Xml;

namespace SendCareers.Domain.Reminders;

/// <summary>
/// Builds the stable identity of a message:
/// <c>{subject}:{id}:{kind}:{slot}:{anchor}:{recipient}</c>, for example
/// <c>placement:42:briefing-family:P7D:20261201T093000Z:user-17</c>.
/// The anchor is the instant the message is about (the start for a briefing, the end for a debrief),
/// so moving the dates makes new keys and the old unsent ones can be cancelled, while re-planning the
/// same dates gives the same keys and the database's unique index turns any repeat into a no-op.
/// </summary>
public static class DedupeKey
{
    /// <summary>Longest key this class can build; size the database column to it.</summary>
    public const int MaxLength = 256;

    public static string For(ScheduleSubject subject, MessageKind kind, string slot, DateTimeOffset anchor, Recipient audience) =>
        string.Join(':', subject.ToString(), kind.Token(), slot, Anchor(anchor), audience.Id);

    /// <summary>ISO 8601 duration, e.g. "P7D", "PT2H": readable and unambiguous.</summary>
    public static string OffsetSlot(TimeSpan offset) => XmlConvert.ToString(offset);

    private static string Anchor(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
