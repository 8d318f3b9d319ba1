using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Safeguarding;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.Safeguarding;

/// <summary>
/// Plans the "your check runs out in 30 days" e-mails for one check, to the employer's contact and every
/// hub administrator, as scheduled-message rows in the caller's unit of work. The dedupe key carries the
/// expiry date, so saving the same date again adds nothing and a renewal replaces the pending reminders.
/// </summary>
public sealed class CheckExpiryReminders(AppDbContext db, MessageScheduler scheduler, TimeProvider time)
{
    public const string SubjectType = SubjectTypes.Check;
    public const string EmployerPrefix = "employer-";
    public const string AdminPrefix = "admin-";

    public async Task PlanAsync(EmployerCheck check, Employer employer, CancellationToken cancellationToken)
    {
        var anchor = CheckExpiryReminder.Anchor(check.ExpiresOn);
        var keys = new List<string>();
        var due = CheckExpiryReminder.DueAt(check.ExpiresOn, time.GetUtcNow()).UtcDateTime;
        var subject = ScheduleSubject.Check(check.Id);
        var kind = MessageKind.CheckExpiry.Token();

        async Task ScheduleAsync(Recipient recipient, string email, string? name)
        {
            var key = DedupeKey.For(subject, MessageKind.CheckExpiry, CheckExpiryReminder.Slot, anchor, recipient);
            keys.Add(key);
            await scheduler.ScheduleAsync(new MessageRequest(kind, key, email, name, SubjectType, check.Id, due), cancellationToken);
        }

        // Reminders for an older expiry date are no longer true once the check is renewed.
        var stale = await db.ScheduledMessages
            .Where(m => m.SubjectType == SubjectType && m.SubjectId == check.Id && m.State == MessageState.Pending)
            .ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(employer.ContactEmail))
        {
            await ScheduleAsync(new Recipient(RecipientRole.EmployerContact, EmployerPrefix + employer.Id), employer.ContactEmail, employer.ContactName);
        }

        var adminRole = await db.Roles.Where(r => r.Name == Roles.HubAdmin).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var admins = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == adminRole))
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var admin in admins)
        {
            await ScheduleAsync(new Recipient(RecipientRole.HubAdmin, AdminPrefix + admin.Id), admin.Email!, admin.DisplayName);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var message in stale.Where(m => !keys.Contains(m.DedupeKey)))
        {
            message.State = MessageState.Cancelled;
            message.CancelledAtUtc = now;
        }
    }
}
