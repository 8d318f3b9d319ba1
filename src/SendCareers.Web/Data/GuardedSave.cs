using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SendCareers.Web.Data;

/// <summary>
/// The end of a change guarded by a record's Version: save and commit, or, if someone else changed the
/// record since the form was shown, roll back and forget everything tracked so nothing is saved half-way.
/// </summary>
public static class GuardedSave
{
    /// <summary>True when saved; false when the form was stale and nothing was saved.</summary>
    public static async Task<bool> CommitAsync(this AppDbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
