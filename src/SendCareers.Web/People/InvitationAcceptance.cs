using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.People;

/// <summary>
/// Following an invitation link: the account is made with the invited role, school or organisation (never
/// anything posted), the link is used up in the same transaction, and a job coach's first school is
/// written into their history of schools.
/// </summary>
public sealed class InvitationAcceptance(AppDbContext db, UserManager<AppUser> users, TokenService tokens, AuditTrail audit, TimeProvider time)
{
    /// <summary>The open invitation a live link belongs to, or null (unknown, used, stopped or expired).</summary>
    public async Task<Invitation?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var found = await tokens.FindValidAsync(TokenPurpose.Invitation, token, cancellationToken);
        if (found is null || !int.TryParse(found.SubjectId, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await db.Invitations.AsNoTracking().Include(i => i.School).Include(i => i.Employer)
            .SingleOrDefaultAsync(i => i.Id == id && i.AcceptedAtUtc == null && i.CancelledAtUtc == null && i.ExpiresAtUtc > now, cancellationToken);
    }

    /// <summary>An account for the invitation, not saved, for checking a password against Identity's rules.</summary>
    public static AppUser NewAccount(Invitation invitation, DateTime now) => new()
    {
        UserName = invitation.Email,
        Email = invitation.Email,
        EmailConfirmed = true,
        DisplayName = invitation.DisplayName,
        SchoolId = invitation.Role == Roles.JobCoach ? invitation.SchoolId : null,
        EmployerId = invitation.Role == Roles.Employer ? invitation.EmployerId : null,
        CreatedAtUtc = now,
        LockoutEnabled = true,
    };

    public async Task<AcceptOutcome> AcceptAsync(string token, string password, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(token, cancellationToken);
        if (invitation is null)
        {
            return new AcceptOutcome(null, LinkDead: true);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(TokenPurpose.Invitation, token, cancellationToken))
        {
            return new AcceptOutcome(null, LinkDead: true);
        }

        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            // Someone made an account with this address since the invitation was sent.
            await transaction.RollbackAsync(cancellationToken);
            return new AcceptOutcome(null, AlreadyHasAccount: true);
        }

        var user = NewAccount(invitation, now);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new AcceptOutcome(null, PasswordRefused: created);
        }

        var role = await users.AddToRoleAsync(user, invitation.Role);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException($"Could not give the new account its role: {string.Join("; ", role.Errors.Select(e => e.Code))}");
        }

        if (user.SchoolId is { } schoolId)
        {
            db.SchoolMoves.Add(new SchoolMove { UserId = user.Id, ToSchoolId = schoolId, MovedAtUtc = now, MovedByUserId = invitation.InvitedByUserId });
        }

        await db.Invitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now).SetProperty(i => i.AcceptedUserId, user.Id), cancellationToken);
        audit.Add("Accepted an invitation and made an account", SubjectTypes.Invitation, invitation.Id);
        audit.Add("Account made by invitation", AuditTrail.Account, user.Id, Invitations.Describe(invitation.Role));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AcceptOutcome(user);
    }
}
