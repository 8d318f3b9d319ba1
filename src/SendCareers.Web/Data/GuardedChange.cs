using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;

namespace SendCareers.Web.Data;

/// <summary>
/// The envelope of every change guarded by a record's Version: a stale form changes nothing; otherwise
/// the change, its reminders and its audit entry are saved in one transaction with a new Version, and
/// the dispatcher is woken only after the commit, for reminders due at once.
/// </summary>
public sealed class GuardedChange(AppDbContext db, AuditTrail audit, ReminderRows reminders)
{
    /// <summary>True when saved; false when the form was stale and nothing was saved.</summary>
    public async Task<bool> SaveAsync(IVersioned record, Guid formVersion, AuditNote? note, Func<Task> change, CancellationToken cancellationToken)
    {
        if (record.Version != formVersion)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await change();
        if (note is not null)
        {
            audit.Add(note.Action, note.SubjectType, note.SubjectId, note.Detail);
        }

        db.Entry(record).Property(nameof(IVersioned.Version)).OriginalValue = formVersion;
        record.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved since the form was shown: forget everything tracked so nothing is saved half-way.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }

        reminders.DispatchIfWanted();
        return true;
    }
}
