using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Matching;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Safeguarding;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.Requests;

/// <summary>
/// A school's request from posting to settling. Posting ranks every approved employer once and keeps the
/// ranking (rank, wave and reasons) beside the request, then invites the first wave; each later wave goes
/// out when the one before has had its time to answer (<see cref="RequestClock"/>) or has all said no.
/// The first "I can do it" wins through a guarded update of the request's state, so of two at the same
/// moment exactly one succeeds; everyone else invited is thanked and told it is filled. Every e-mail is a
/// scheduled-message row saved with the change that needs it.
/// </summary>
public sealed class RequestWorkflow(AppDbContext db, TimeProvider time, RequestCandidates candidates, MessageScheduler scheduler, AuditTrail audit)
{
    public const string Invite = "request-invite";
    public const string Filled = "request-filled";
    public const string Withdrawn = "request-withdrawn";
    public const string Accepted = "request-accepted";

    public static readonly IReadOnlyList<string> Kinds = [Invite, Filled, Withdrawn, Accepted];

    /// <summary>Saves the request and invites the first wave, or, when nobody fits, saves nothing and returns the ranking to explain why.</summary>
    public async Task<(int? Id, RequestRanking Ranking)> PostAsync(RequestDetails details, int schoolId, string userId, SafeguardingCheck checksNeeded, CancellationToken cancellationToken)
    {
        var ranking = await candidates.RankAsync(details, schoolId, checksNeeded, cancellationToken);
        if (ranking.Fits.Count == 0)
        {
            return (null, ranking);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var request = new EncounterRequest
        {
            SchoolId = schoolId,
            CreatedByUserId = userId,
            CreatedAtUtc = now,
            Version = Guid.NewGuid(),
            Kind = details.Kind,
            Title = details.Title,
            Sectors = [.. details.Sectors],
            FirstDay = details.FirstDay,
            LastDay = details.LastDay,
            Days = details.Days,
            StartTime = details.StartTime,
            EndTime = details.EndTime,
            Venue = details.Venue,
            GroupTravelMiles = details.GroupTravelMiles,
            YoungPersonIds = [.. details.YoungPersonIds],
            AccessNeeded = details.AccessNeeded,
            Notes = details.Notes,
            WaveSize = details.WaveSize,
            AnswerHours = details.AnswerHours,
            State = RequestState.Open,
        };
        for (var i = 0; i < ranking.Fits.Count; i++)
        {
            var fit = ranking.Fits[i];
            request.Invitations.Add(new RequestInvitation
            {
                EmployerId = fit.EmployerId,
                Rank = i + 1,
                Wave = (i / details.WaveSize) + 1,
                Score = fit.Score,
                Reasons = ReasonLines(fit.Reasons),
                State = InvitationState.Planned,
            });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.EncounterRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await InviteNextWaveAsync(request, cancellationToken);
        audit.Add("Request posted", SubjectTypes.Request, request.Id, $"{ranking.Fits.Count} employers fit; wave 1 invited");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scheduler.DispatchSoon();
        return (request.Id, ranking);
    }

    /// <summary>Sends every wave whose time has come, as the app itself. Run by a recurring job; tests call it after moving the clock.</summary>
    [Hangfire.AutomaticRetry(Attempts = 0)]
    public async Task<int> AdvanceDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.EncounterRequests.Where(r => r.State == RequestState.Open && r.NextWaveAtUtc != null && r.NextWaveAtUtc <= now)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var request = await db.EncounterRequests.Include(r => r.Invitations).SingleAsync(r => r.Id == id, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var invited = await InviteNextWaveAsync(request, cancellationToken);
            audit.Add("Next wave invited", SubjectTypes.Request, request.Id, $"Wave {request.Wave}: {invited} employers, nobody had accepted in {request.AnswerHours} hours");
            request.Version = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                sent++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Accepted or withdrawn meanwhile: the next run looks again.
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }

        db.ChangeTracker.Clear();
        if (sent > 0)
        {
            scheduler.DispatchSoon();
        }

        return sent;
    }

    /// <summary>Records "not this time" and its reason; when the whole wave has said no, the next goes out now rather than waiting.</summary>
    public async Task DeclineAsync(RequestInvitation invitation, DeclineReason reason, string? note, CancellationToken cancellationToken)
    {
        var request = invitation.Request!;
        invitation.State = InvitationState.Declined;
        invitation.AnsweredAtUtc = time.GetUtcNow().UtcDateTime;
        invitation.DeclineReason = reason;
        invitation.DeclineNote = note;
        audit.Add("Employer declined a request", SubjectTypes.Request, request.Id, $"{RequestRanker.DeclineWords(reason)}{(note is null ? "" : ": " + note)}");
        if (request.State == RequestState.Open && request.NextWaveAtUtc is not null && request.Invitations.All(i => i.State != InvitationState.Invited))
        {
            await InviteNextWaveAsync(request, cancellationToken);
        }

        request.Version = Guid.NewGuid();
    }

    /// <summary>
    /// Takes the request for an employer, if nobody has: one UPDATE guarded by the state, so two acceptances
    /// at the same moment cannot both succeed (PostgreSQL re-checks the row after the first commits; SQLite
    /// has one writer). Call inside the caller's transaction, then <see cref="CompleteAcceptanceAsync"/>.
    /// </summary>
    public async Task<bool> ClaimAsync(EncounterRequest request, int employerId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var taken = await db.EncounterRequests
            .Where(r => r.Id == request.Id && r.State == RequestState.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RequestState.Accepted).SetProperty(r => r.AcceptedEmployerId, employerId).SetProperty(r => r.SettledAtUtc, now), cancellationToken);
        return taken == 1;
    }

    /// <summary>After a successful claim: the invitation accepted, the rest thanked (those asked) or dropped (those not yet asked), the coach told.</summary>
    public async Task CompleteAcceptanceAsync(EncounterRequest request, RequestInvitation accepted, int encounterId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        request.State = RequestState.Accepted;
        request.AcceptedEmployerId = accepted.EmployerId;
        request.SettledAtUtc = now;
        request.EncounterId = encounterId;
        request.NextWaveAtUtc = null;
        request.Version = Guid.NewGuid();
        accepted.State = InvitationState.Accepted;
        accepted.AnsweredAtUtc = now;
        foreach (var other in request.Invitations.Where(i => i.Id != accepted.Id))
        {
            if (other.State == InvitationState.Invited)
            {
                other.State = InvitationState.Filled;
                await ToEmployerAsync(Filled, other, cancellationToken);
            }
            else if (other.State == InvitationState.Planned)
            {
                other.State = InvitationState.Withdrawn;
            }
        }

        var coach = await db.Users.AsNoTracking().Where(u => u.Id == request.CreatedByUserId && u.Email != null && u.DeactivatedAtUtc == null)
            .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (coach is not null)
        {
            await scheduler.ScheduleAsync(new MessageRequest(Accepted, $"request:{request.Id}:{Accepted}", coach.Email!, coach.DisplayName, SubjectTypes.Request, request.Id, now), cancellationToken);
        }

        audit.Add("Employer accepted a request", SubjectTypes.Request, request.Id, $"Encounter {encounterId}");
    }

    /// <summary>The coach withdraws an open request: everyone asked is told, nobody else will be. Guarded by the version the coach saw.</summary>
    public async Task<bool> WithdrawAsync(EncounterRequest request, Guid formVersion, CancellationToken cancellationToken)
    {
        if (request.State != RequestState.Open || request.Version != formVersion)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        request.State = RequestState.Withdrawn;
        request.SettledAtUtc = time.GetUtcNow().UtcDateTime;
        request.NextWaveAtUtc = null;
        foreach (var invitation in request.Invitations)
        {
            if (invitation.State == InvitationState.Invited)
            {
                await ToEmployerAsync(Withdrawn, invitation, cancellationToken);
            }

            if (invitation.State is InvitationState.Invited or InvitationState.Planned)
            {
                invitation.State = InvitationState.Withdrawn;
            }
        }

        audit.Add("Request withdrawn", SubjectTypes.Request, request.Id);
        db.Entry(request).Property(r => r.Version).OriginalValue = formVersion;
        request.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }

        scheduler.DispatchSoon();
        return true;
    }

    /// <summary>
    /// An employer that fits but whose wave has not come offers itself: it is invited now, with the same
    /// e-mail and single-use link as a wave would send. Only a planned invitation of an open request.
    /// </summary>
    public async Task<bool> OfferAsync(RequestInvitation invitation, CancellationToken cancellationToken)
    {
        if (invitation.State != InvitationState.Planned || invitation.Request!.State != RequestState.Open)
        {
            return false;
        }

        invitation.State = InvitationState.Invited;
        invitation.InvitedAtUtc = time.GetUtcNow().UtcDateTime;
        await ToEmployerAsync(Invite, invitation, cancellationToken);
        audit.Add("Employer offered to help with a request", SubjectTypes.Request, invitation.RequestId);
        invitation.Request.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        scheduler.DispatchSoon();
        return true;
    }

    public static string ReasonLines(IEnumerable<MatchReason> reasons) =>
        string.Join('\n', reasons.Select(r => $"{(r.Mark == ReasonMark.Meets ? "+" : "?")} {r.Text}"));

    /// <summary>Reads back what <see cref="ReasonLines"/> kept.</summary>
    public static IReadOnlyList<MatchReason> ReadReasons(string lines) =>
        [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => new MatchReason(l.StartsWith('+') ? ReasonMark.Meets : ReasonMark.Check, l.Length > 2 ? l[2..] : l))];

    private async Task<int> InviteNextWaveAsync(EncounterRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var next = request.Invitations.Where(i => i.State == InvitationState.Planned).Select(i => i.Wave).DefaultIfEmpty(0).Min();
        if (next == 0)
        {
            request.NextWaveAtUtc = null;
            return 0;
        }

        var wave = request.Invitations.Where(i => i.State == InvitationState.Planned && i.Wave == next).ToList();
        foreach (var invitation in wave)
        {
            invitation.State = InvitationState.Invited;
            invitation.InvitedAtUtc = now;
            await ToEmployerAsync(Invite, invitation, cancellationToken);
        }

        request.Wave = next;
        request.NextWaveAtUtc = request.Invitations.Any(i => i.State == InvitationState.Planned) ? now.AddHours(request.AnswerHours) : null;
        return wave.Count;
    }

    private async Task ToEmployerAsync(string kind, RequestInvitation invitation, CancellationToken cancellationToken)
    {
        var contact = await db.Employers.AsNoTracking().Where(e => e.Id == invitation.EmployerId)
            .Select(e => new { e.ContactEmail, e.ContactName }).SingleAsync(cancellationToken);
        await scheduler.ScheduleAsync(
            new MessageRequest(kind, $"request:{invitation.RequestId}:{kind}:{invitation.Id}", contact.ContactEmail, contact.ContactName, SubjectTypes.RequestInvitation, invitation.Id, time.GetUtcNow().UtcDateTime),
            cancellationToken);
    }
}
