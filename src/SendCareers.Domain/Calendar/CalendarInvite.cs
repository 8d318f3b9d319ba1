using SendCareers.Domain.Reminders;

namespace SendCareers.Domain.Calendar;

/// <summary>
/// What goes into an invite. The caller writes the text: Summary, Location and Description may name the
/// employer and the place (an address, or just the outward area such as "LS1" for family copies), but never
/// more about a young person than a first name, as invites are forwarded and synced to phones.
/// </summary>
public sealed record CalendarInvite(
    string Uid,
    int Sequence,
    InviteMethod Method,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Summary,
    InvitePerson Organizer,
    DateTimeOffset Stamp)
{
    public string? Location { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<InvitePerson> Attendees { get; init; } = [];

    /// <summary>
    /// A UID that stays the same for the life of a placement or encounter, so an update or cancellation
    /// replaces the event already in someone's calendar rather than adding a second one.
    /// </summary>
    public static string UidFor(ScheduleSubject subject, string hostName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostName);
        return $"{subject.Kind.ToString().ToLowerInvariant()}-{subject.Id}@{hostName.Trim().ToLowerInvariant()}";
    }
}
