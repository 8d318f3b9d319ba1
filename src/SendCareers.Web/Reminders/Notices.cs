using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Reminders;

/// <summary>
/// "You are needed" e-mails, planned as scheduled-message rows in the caller's unit of work (so a
/// proposal and the e-mail about it are saved together, or neither is), due at once, one per recipient
/// and event (the dedupe key), with ids only. The wording is written at send time by each feature's
/// composer: <c>PlacementNoticeComposer</c>, <c>SignUpNoticeComposer</c>.
/// </summary>
public sealed class Notices(AppDbContext db, MessageScheduler scheduler, TimeProvider time)
{
    /// <summary>A proposal is waiting for the employer's answer (to each contact of the employer).</summary>
    public const string ProposalWaiting = "notice-proposal";

    /// <summary>The employer accepted or declined (to the coach who proposed, and the placement's job coach).</summary>
    public const string ProposalAnswered = "notice-answer";

    /// <summary>The coach confirmed the placement (to each contact of the employer).</summary>
    public const string PlacementConfirmed = "notice-confirmed";

    /// <summary>A new employer has confirmed their e-mail address and waits for approval (to every hub administrator).</summary>
    public const string SignUpWaiting = "notice-sign-up";

    /// <summary>The placement starts in <see cref="ConfirmationWarning"/> and is still not confirmed (to its job coach).</summary>
    public const string ConfirmationMissing = "notice-unconfirmed";

    /// <summary>An encounter was booked with the employer (or its time, place or employer changed): can they host it? To each contact of the employer.</summary>
    public const string EncounterWaiting = "notice-encounter";

    /// <summary>The employer said they cannot host an encounter (to the coach who booked it), with their reason.</summary>
    public const string EncounterCannot = "notice-encounter-cannot";

    public const string EmployerSubject = "employer";

    /// <summary>How long before the start a coach hears that a placement is still not confirmed.</summary>
    public static readonly TimeSpan ConfirmationWarning = TimeSpan.FromDays(10);

    public static readonly IReadOnlyList<string> PlacementKinds = [ProposalWaiting, ProposalAnswered, PlacementConfirmed, ConfirmationMissing];

    /// <summary>Every notice kind: what a person who chose a daily summary gets in it instead of one by one.</summary>
    public static readonly IReadOnlySet<string> AllKinds = new HashSet<string>([.. PlacementKinds, SignUpWaiting, EncounterWaiting, EncounterCannot], StringComparer.Ordinal);

    /// <summary>Where a person chooses between an e-mail as each thing happens and one a day.</summary>
    public const string SettingsPath = "/e-mail-settings";

    /// <summary>
    /// Plans "still not confirmed" for the placement's job coach (else the coach who proposed it),
    /// <see cref="ConfirmationWarning"/> before the first day known now: the placement's, else the opening's.
    /// Not planned when that is already less than 10 days away (the coach is working on it now) or unknown;
    /// not sent if the placement is confirmed, withdrawn or declined by then.
    /// </summary>
    public async Task ConfirmationMissingAsync(Placement placement, CancellationToken cancellationToken)
    {
        DateTimeOffset? start = placement.StartsAtUtc is { } startsAt ? new DateTimeOffset(startsAt, TimeSpan.Zero) : null;
        if (start is null)
        {
            var startsOn = placement.Opening?.StartsOn
                ?? await db.Openings.Where(o => o.Id == placement.OpeningId).Select(o => o.StartsOn).SingleAsync(cancellationToken);
            start = startsOn is { } day ? UkTime.FromUk(day, new TimeOnly(9, 0)) : null;
        }

        var coachId = placement.JobCoachUserId ?? placement.ProposedByUserId;
        var due = start is { } first ? UkTime.Shift(first, -ConfirmationWarning).UtcDateTime : (DateTime?)null;
        if (due is null || due < time.GetUtcNow().UtcDateTime || coachId is null)
        {
            return;
        }

        var coach = await db.Users.AsNoTracking().Where(u => u.Id == coachId && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (coach is not null)
        {
            await scheduler.ScheduleAsync(
                new MessageRequest(ConfirmationMissing, $"notice:{SubjectTypes.Placement}:{placement.Id}:{ConfirmationMissing}:coach:{coach.Id}", coach.Email!, coach.DisplayName, SubjectTypes.Placement, placement.Id, due.Value),
                cancellationToken);
        }
    }

    /// <summary>The placement's employer contacts: everyone signed up for the organisation with a confirmed address who has not left.</summary>
    public async Task ToEmployerAsync(string kind, Placement placement, CancellationToken cancellationToken)
    {
        var employerId = placement.Opening?.EmployerId
            ?? await db.Openings.Where(o => o.Id == placement.OpeningId).Select(o => o.EmployerId).SingleAsync(cancellationToken);
        var contacts = await db.Users.AsNoTracking()
            .Where(u => u.EmployerId == employerId && u.Email != null && u.EmailConfirmed && u.DeactivatedAtUtc == null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            await ScheduleAsync(kind, placement, "employer", contact.Id, contact.Email!, contact.DisplayName, cancellationToken);
        }
    }

    /// <summary>The coach who proposed the placement and its job coach (once if they are the same person).</summary>
    public async Task ToCoachesAsync(string kind, Placement placement, string outcome, CancellationToken cancellationToken)
    {
        var ids = new[] { placement.ProposedByUserId, placement.JobCoachUserId }.OfType<string>().Distinct().ToList();
        var coaches = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null && u.DeactivatedAtUtc == null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var coach in coaches)
        {
            await ScheduleAsync(kind, placement, outcome, coach.Id, coach.Email!, coach.DisplayName, cancellationToken);
        }
    }

    /// <summary>Every hub administrator hears that <paramref name="employerId"/> waits for approval.</summary>
    public async Task SignUpWaitingAsync(int employerId, CancellationToken cancellationToken)
    {
        var adminRole = await db.Roles.Where(r => r.Name == Roles.HubAdmin).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var admins = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && u.DeactivatedAtUtc == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRole))
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var admin in admins)
        {
            await scheduler.ScheduleAsync(
                new MessageRequest(SignUpWaiting, $"notice:{EmployerSubject}:{employerId}:sign-up:{admin.Id}", admin.Email!, admin.DisplayName, EmployerSubject, employerId, time.GetUtcNow().UtcDateTime),
                cancellationToken);
        }
    }

    /// <summary>
    /// Asks each contact of the encounter's employer whether they can host it. One per contact for each
    /// version of the time and place (the invite's sequence) and employer, so a change asks again.
    /// </summary>
    public async Task EncounterWaitingAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        var contacts = await db.Users.AsNoTracking()
            .Where(u => u.EmployerId == encounter.EmployerId && u.Email != null && u.EmailConfirmed && u.DeactivatedAtUtc == null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            await scheduler.ScheduleAsync(
                new MessageRequest(EncounterWaiting, $"notice:{SubjectTypes.Encounter}:{encounter.Id}:{EncounterWaiting}:s{encounter.Sequence}-e{encounter.EmployerId}:{contact.Id}",
                    contact.Email!, contact.DisplayName, SubjectTypes.Encounter, encounter.Id, time.GetUtcNow().UtcDateTime),
                cancellationToken);
        }
    }

    /// <summary>Tells the coach who booked the encounter that the employer cannot host it.</summary>
    public async Task EncounterCannotAsync(Encounter encounter, CancellationToken cancellationToken)
    {
        var coach = encounter.CreatedByUserId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == encounter.CreatedByUserId && u.Email != null && u.DeactivatedAtUtc == null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (coach is not null)
        {
            await scheduler.ScheduleAsync(
                new MessageRequest(EncounterCannot, $"notice:{SubjectTypes.Encounter}:{encounter.Id}:{EncounterCannot}:s{encounter.Sequence}-e{encounter.EmployerId}:{coach.Id}",
                    coach.Email!, coach.DisplayName, SubjectTypes.Encounter, encounter.Id, time.GetUtcNow().UtcDateTime),
                cancellationToken);
        }
    }

    /// <summary>The recipient's user id, from a notice's dedupe key (its last part).</summary>
    public static string RecipientOf(ScheduledMessage message) => message.DedupeKey[(message.DedupeKey.LastIndexOf(':') + 1)..];

    /// <summary>The event a placement notice is about ("employer", "agreed", "declined"), from its dedupe key.</summary>
    public static string OutcomeOf(ScheduledMessage message)
    {
        var parts = message.DedupeKey.Split(':');
        return parts.Length >= 2 ? parts[^2] : "";
    }

    private Task<bool> ScheduleAsync(string kind, Placement placement, string outcome, string userId, string email, string name, CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync(
            new MessageRequest(kind, $"notice:{SubjectTypes.Placement}:{placement.Id}:{kind}:{outcome}:{userId}", email, name, SubjectTypes.Placement, placement.Id, time.GetUtcNow().UtcDateTime),
            cancellationToken);
}
