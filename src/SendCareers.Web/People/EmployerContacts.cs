using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.People;

/// <summary>
/// The people who sign in for an employer. One of them is the main contact: the employer's contact name
/// and e-mail address (which every e-mail to the employer uses) are theirs. A contact who leaves is
/// deactivated, not deleted, so what they did for the organisation stays; the main contact, and so the
/// last one, cannot be removed.
/// </summary>
public sealed class EmployerContacts(AppDbContext db, AccountStatus status, AuditTrail audit)
{
    public sealed record Contact(string Id, string Name, string Email, bool IsMain, bool Left);

    public async Task<List<Contact>> ListAsync(int employerId, CancellationToken cancellationToken)
    {
        var main = await db.Employers.Where(e => e.Id == employerId).Select(e => e.ContactEmail).SingleOrDefaultAsync(cancellationToken) ?? "";
        var people = await Accounts(employerId).AsNoTracking()
            .OrderBy(u => u.DeactivatedAtUtc != null).ThenBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.DeactivatedAtUtc })
            .ToListAsync(cancellationToken);
        return [.. people.Select(u => new Contact(u.Id, u.DisplayName, u.Email ?? "", IsMain(u.Email, main), u.DeactivatedAtUtc is not null))];
    }

    /// <summary>Makes an active contact the main one. Null when done, else why not.</summary>
    public async Task<string?> MakeMainAsync(int employerId, string? userId, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken);
        var user = employer is null || userId is null ? null : await Accounts(employerId).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (employer is null || user?.Email is null)
        {
            return NotFound;
        }

        if (user.DeactivatedAtUtc is not null)
        {
            return $"{user.DisplayName} has left, so cannot be the main contact";
        }

        if (!IsMain(user.Email, employer.ContactEmail))
        {
            employer.ContactName = user.DisplayName;
            employer.ContactEmail = user.Email;
            audit.Add("Changed the employer's main contact", "Employer", employer.Id, user.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        return null;
    }

    /// <summary>Removes a contact who has left (deactivates their account). Null when done, else why not.</summary>
    public async Task<string?> RemoveAsync(int employerId, string? userId, CancellationToken cancellationToken)
    {
        var main = await db.Employers.Where(e => e.Id == employerId).Select(e => e.ContactEmail).SingleOrDefaultAsync(cancellationToken);
        var user = main is null || userId is null ? null : await Accounts(employerId).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return NotFound;
        }

        if (user.DeactivatedAtUtc is not null)
        {
            return null;
        }

        var active = await Accounts(employerId).CountAsync(u => u.DeactivatedAtUtc == null, cancellationToken);
        if (active <= 1)
        {
            return $"{user.DisplayName} is the only contact, so they cannot be removed. Invite a colleague first";
        }

        if (IsMain(user.Email, main!))
        {
            return $"{user.DisplayName} is the main contact. Make someone else the main contact first";
        }

        await status.DeactivateAsync(user, cancellationToken);
        return null;
    }

    /// <summary>The message for an id that is not one of this employer's contacts.</summary>
    public const string NotFound = "";

    private IQueryable<AppUser> Accounts(int employerId) => db.Users.Where(u => u.EmployerId == employerId);

    private static bool IsMain(string? email, string mainEmail) =>
        email is not null && string.Equals(email.Trim(), mainEmail.Trim(), StringComparison.OrdinalIgnoreCase);
}
