using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.People;

/// <summary>
/// Invitations to make an account, for staff (a hub administrator invites job coaches and administrators)
/// and for employer contacts (a colleague, or the hub administrator, invites someone to the organisation).
/// Each e-mail goes through the scheduled-message engine; its link carries only a single-use token, issued
/// when the e-mail is written (<see cref="InvitationComposer"/>). Resending or cancelling stops every
/// earlier link at once. Every operation is limited to one scope: staff invitations, or one employer's.
/// </summary>
public sealed class Invitations(AppDbContext db, UserManager<AppUser> users, MessageScheduler scheduler, AuditTrail audit, IHttpContextAccessor http, TimeProvider time)
{
    public const string MessageKind = "invitation";

    /// <summary>How long a link works from the time it was (re)sent.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>The open invitations in a scope: staff (employerId null) or one employer's contacts.</summary>
    public Task<List<Invitation>> OpenAsync(int? employerId, CancellationToken cancellationToken) =>
        Scoped(employerId).AsNoTracking().Include(i => i.School)
            .Where(i => i.AcceptedAtUtc == null && i.CancelledAtUtc == null)
            .OrderBy(i => i.DisplayName).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);

    public async Task<InviteOutcome> InviteAsync(InvitationRequest request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var normalized = users.NormalizeEmail(email);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return InviteOutcome.AlreadyHasAccount;
        }

        if (await db.Invitations.AnyAsync(i => i.NormalizedEmail == normalized && i.AcceptedAtUtc == null && i.CancelledAtUtc == null, cancellationToken))
        {
            return InviteOutcome.AlreadyInvited;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            Email = email,
            NormalizedEmail = normalized,
            DisplayName = request.DisplayName.Trim(),
            Role = request.Role,
            SchoolId = request.Role == Roles.JobCoach ? request.SchoolId : null,
            EmployerId = request.Role == Roles.Employer ? request.EmployerId : null,
            InvitedByUserId = http.HttpContext?.User.UserId(),
            CreatedAtUtc = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await ScheduleAsync(invitation, now, cancellationToken);
        audit.Add("Invited someone to make an account", SubjectTypes.Invitation, invitation.Id, $"{Describe(invitation.Role)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scheduler.DispatchSoon();
        return InviteOutcome.Sent;
    }

    /// <summary>Sends a new link; the old one stops. False if there is no such open invitation in the scope.</summary>
    public async Task<bool> ResendAsync(int invitationId, int? employerId, CancellationToken cancellationToken)
    {
        var invitation = await Scoped(employerId).SingleOrDefaultAsync(i => i.Id == invitationId && i.AcceptedAtUtc == null && i.CancelledAtUtc == null, cancellationToken);
        if (invitation is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StopLinksAsync(invitation.Id, cancellationToken);
        await scheduler.CancelPendingAsync(SubjectTypes.Invitation, invitation.Id, cancellationToken: cancellationToken);
        await ScheduleAsync(invitation, now, cancellationToken);
        audit.Add("Sent an invitation again", SubjectTypes.Invitation, invitation.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scheduler.DispatchSoon();
        return true;
    }

    /// <summary>Cancels an open invitation: its link stops at once. False if there is no such open invitation in the scope.</summary>
    public async Task<bool> CancelAsync(int invitationId, int? employerId, CancellationToken cancellationToken)
    {
        var invitation = await Scoped(employerId).SingleOrDefaultAsync(i => i.Id == invitationId && i.AcceptedAtUtc == null && i.CancelledAtUtc == null, cancellationToken);
        if (invitation is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        invitation.CancelledAtUtc = time.GetUtcNow().UtcDateTime;
        await StopLinksAsync(invitation.Id, cancellationToken);
        await scheduler.CancelPendingAsync(SubjectTypes.Invitation, invitation.Id, cancellationToken: cancellationToken);
        audit.Add("Cancelled an invitation", SubjectTypes.Invitation, invitation.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Stops every unused link of an invitation (resend, cancel, or a newer e-mail written).</summary>
    public Task<int> StopLinksAsync(int invitationId, CancellationToken cancellationToken)
    {
        var subject = SubjectOf(invitationId);
        var now = time.GetUtcNow().UtcDateTime;
        return db.SingleUseTokens
            .Where(t => t.Purpose == TokenPurpose.Invitation && t.SubjectId == subject && t.UsedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAtUtc, now), cancellationToken);
    }

    public static string SubjectOf(int invitationId) => invitationId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"a job coach", "a hub administrator", "an employer contact".</summary>
    public static string Describe(string role) => role switch
    {
        Roles.HubAdmin => "Hub administrator",
        Roles.JobCoach => "Job coach",
        _ => "Employer contact",
    };

    /// <summary>The send number a message row was written for (the last part of its dedupe key).</summary>
    public static int SendOf(string dedupeKey) =>
        int.TryParse(dedupeKey[(dedupeKey.LastIndexOf(':') + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;

    private IQueryable<Invitation> Scoped(int? employerId) =>
        employerId is { } id ? db.Invitations.Where(i => i.EmployerId == id) : db.Invitations.Where(i => i.EmployerId == null);

    private async Task ScheduleAsync(Invitation invitation, DateTime now, CancellationToken cancellationToken)
    {
        invitation.Sends++;
        invitation.SentAtUtc = now;
        invitation.ExpiresAtUtc = now + Lifetime;
        await scheduler.ScheduleAsync(
            new MessageRequest(MessageKind, $"invitation:{invitation.Id}:send:{invitation.Sends}", invitation.Email, invitation.DisplayName, SubjectTypes.Invitation, invitation.Id, now),
            cancellationToken);
    }
}
