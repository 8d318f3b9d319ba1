using SendCareers.Domain.People;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Encounters;

/// <summary>What encounter e-mails say, read once from the encounter with its employer, school and group.</summary>
public sealed class EncounterFacts(Encounter encounter, string? coachName, string? coachEmail)
{
    public Encounter Encounter { get; } = encounter;

    public string Title { get; } = encounter.Title;

    public string Kind { get; } = EncounterQueries.KindName(encounter.Kind).ToLowerInvariant();

    public string Employer { get; } = encounter.Employer!.OrganisationName;

    public string School { get; } = encounter.School?.Name ?? "the school";

    public string Place { get; } = encounter.Location ?? "to be confirmed";

    public string? MeetingPoint { get; } = encounter.MeetingPoint;

    public string Host { get; } = encounter.HostName ?? "Someone";

    public DateTimeOffset Start { get; } = new(encounter.StartsAtUtc, TimeSpan.Zero);

    public DateTimeOffset End { get; } = new(encounter.EndsAtUtc, TimeSpan.Zero);

    public string? CoachName { get; } = coachName;

    public string? CoachEmail { get; } = coachEmail;

    private List<EncounterAttendee> Group { get; } = encounter.Attendees.Where(a => a.YoungPerson is { ErasedAtUtc: null }).ToList();

    public string GroupSize => Group.Count == 1 ? "1 young person" : $"{Group.Count} young people";

    /// <summary>First names only: employers never see more about the young people by e-mail.</summary>
    public string FirstNames => string.Join(", ", Group.Select(a => PersonName.FirstName(a.YoungPerson!.PreferredName)).Order(StringComparer.CurrentCulture));

    /// <summary>What the group needs, as counts, from those who agreed to share a summary with employers.</summary>
    public GroupNeeds Needs => GroupNeeds.Of(Group.Select(a => a.YoungPerson!).Select(p => p.ConsentToShareSummary
        ? new GroupMember(true, p.Communication, p.SupportNeeds, p.EnvironmentToAvoid)
        : new GroupMember(false, CommunicationMethod.None, SupportFeature.None, EnvironmentFactor.None)).ToList());

    public InviteFacts Invite() => new(ScheduleSubject.Encounter(Encounter.Id), Encounter.Sequence, Start, End, $"{Title} at {Employer}", Place, $"{Kind}, with {School}.{(MeetingPoint is { } meet ? $" Meeting point: {meet}." : "")}");
}
