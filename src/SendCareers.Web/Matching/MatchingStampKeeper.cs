using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Matching;

/// <summary>
/// Replaces <see cref="MatchingStamp.Token"/> in any save that adds, changes or removes something the
/// matcher reads, as one more row of the same save: it commits or rolls back with the change itself,
/// whichever page or job made it, so prepared openings can never outlive the data they were built from.
/// </summary>
public sealed class MatchingStampKeeper : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Watched =
        [typeof(Opening), typeof(Placement), typeof(Employer), typeof(EmployerCheck), typeof(SafeguardingRequirement)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not AppDbContext db || !db.ChangeTracker.Entries().Any(Changes))
        {
            return;
        }

        var tracked = db.ChangeTracker.Entries<MatchingStamp>().FirstOrDefault();
        var entry = tracked ?? db.Attach(new MatchingStamp { Id = MatchingStamp.TheRow });
        entry.Entity.Token = Guid.NewGuid();
        entry.Property(s => s.Token).IsModified = true;
    }

    private static bool Changes(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watched.Contains(entry.Metadata.ClrType);
}
