using SendCareers.Domain.Reminders;

namespace SendCareers.Web.Reminders;

/// <summary>
/// The ids placement messages use for people: a role word and a database id, never a name or an
/// e-mail address (they go into dedupe keys and logs). The role can be read back from the id.
/// </summary>
public static class RecipientIds
{
    private static readonly (string Prefix, RecipientRole Role)[] Prefixes =
    [
        ("employer-", RecipientRole.EmployerContact),
        ("supervisor-", RecipientRole.Supervisor),
        ("host-", RecipientRole.Supervisor),
        ("coach-", RecipientRole.JobCoach),
        ("family-", RecipientRole.Family),
        ("young-person-", RecipientRole.YoungPerson),
    ];

    public static Recipient EmployerContact(int employerId) => new(RecipientRole.EmployerContact, $"employer-{employerId}");

    public static Recipient Supervisor(int placementId) => new(RecipientRole.Supervisor, $"supervisor-{placementId}");

    /// <summary>The person who hosts an encounter on the day: for reminders, the encounter's supervisor.</summary>
    public static Recipient Host(int encounterId) => new(RecipientRole.Supervisor, $"host-{encounterId}");

    public static Recipient JobCoach(string userId) => new(RecipientRole.JobCoach, $"coach-{userId}");

    public static Recipient Family(int youngPersonId) => new(RecipientRole.Family, $"family-{youngPersonId}");

    public static Recipient YoungPerson(int youngPersonId) => new(RecipientRole.YoungPerson, $"young-person-{youngPersonId}");

    /// <summary>The recipient named at the end of a dedupe key, or null if the key is not one of ours.</summary>
    public static Recipient? FromDedupeKey(string dedupeKey) => Parse(dedupeKey[(dedupeKey.LastIndexOf(':') + 1)..]);

    public static Recipient? Parse(string id)
    {
        foreach (var (prefix, role) in Prefixes)
        {
            if (id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length)
            {
                try
                {
                    return new Recipient(role, id);
                }
                catch (ArgumentException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>The slot part of a dedupe key (e.g. "P1D", "end", "employer-end", "seq-2").</summary>
    public static string SlotOf(string dedupeKey)
    {
        // subject kind : subject id : kind : slot : anchor : recipient
        var parts = dedupeKey.Split(':');
        return parts.Length >= 6 ? parts[3] : "";
    }

    public static MessageKind? KindOf(string token) =>
        Enum.GetValues<MessageKind>().Cast<MessageKind?>().FirstOrDefault(k => k!.Value.Token() == token);
}
