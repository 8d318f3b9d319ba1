using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SendCareers.Domain.Evidence;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Evidence;

/// <summary>
/// Keeps <see cref="AppDbContext.EvidenceTallies"/> true. Whenever a save touches something a young
/// person's Gatsby evidence depends on (an attendance mark, an encounter's state, time or kind, a
/// placement, an opening's kind, a date of birth), the people it concerns are found before the save,
/// and their tallies are counted again from their evidence after it, in the same transaction (one is
/// begun if the caller has none). Every path that writes through EF is covered, whichever page or job
/// it comes from; <see cref="RebuildAllAsync"/> counts everyone again (after the migration that adds
/// the table, and in tests that compare the kept figures with a full recount).
/// </summary>
public sealed class EvidenceTallyKeeper(TimeProvider time) : SaveChangesInterceptor
{
    private const int Chunk = 500;

    private sealed class Pending
    {
        public HashSet<int> People { get; } = [];

        public Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? OwnTransaction { get; set; }

        public bool Refreshing { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && _pending.GetOrCreateValue(db) is { Refreshing: false } pending)
        {
            await CollectAsync(db, pending.People, cancellationToken);
            if (pending.People.Count > 0 && db.Database.CurrentTransaction is null)
            {
                pending.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && _pending.TryGetValue(db, out var pending) && !pending.Refreshing && pending.People.Count > 0)
        {
            var people = pending.People.ToList();
            pending.People.Clear();
            pending.Refreshing = true;
            try
            {
                await RefreshAsync(db, people, time.GetUtcNow().UtcDateTime, cancellationToken);
                if (pending.OwnTransaction is { } own)
                {
                    await own.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                pending.Refreshing = false;
                await EndAsync(pending);
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && _pending.TryGetValue(db, out var pending) && !pending.Refreshing)
        {
            pending.People.Clear();
            await EndAsync(pending);
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private static async Task EndAsync(Pending pending)
    {
        if (pending.OwnTransaction is { } own)
        {
            pending.OwnTransaction = null;
            await own.DisposeAsync(); // rolls back if it was not committed
        }
    }

    /// <summary>The young people whose evidence this save may change.</summary>
    private static async Task CollectAsync(AppDbContext db, HashSet<int> people, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var encounters = new List<int>();
        var openings = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case EncounterAttendee a:
                    people.Add(a.YoungPersonId);
                    AddOriginal(entry, nameof(EncounterAttendee.YoungPersonId), people);
                    break;
                case Encounter e when entry.State != EntityState.Added && Changed(entry, nameof(Encounter.State), nameof(Encounter.StartsAtUtc), nameof(Encounter.Kind)):
                    encounters.Add(e.Id);
                    break;
                case Placement p:
                    people.Add(p.YoungPersonId);
                    AddOriginal(entry, nameof(Placement.YoungPersonId), people);
                    break;
                case Opening o when entry.State != EntityState.Added && Changed(entry, nameof(Opening.Kind)):
                    openings.Add(o.Id);
                    break;
                case YoungPerson y when entry.State == EntityState.Modified && Changed(entry, nameof(YoungPerson.DateOfBirth)):
                    people.Add(y.Id);
                    break;
            }
        }

        foreach (var chunk in encounters.Chunk(Chunk))
        {
            people.UnionWith(await db.EncounterAttendees.Where(a => chunk.Contains(a.EncounterId)).Select(a => a.YoungPersonId).ToListAsync(cancellationToken));
        }

        foreach (var chunk in openings.Chunk(Chunk))
        {
            people.UnionWith(await db.Placements.Where(p => chunk.Contains(p.OpeningId) && p.State == PlacementState.Completed).Select(p => p.YoungPersonId).ToListAsync(cancellationToken));
        }

        people.Remove(0);
    }

    private static bool Changed(EntityEntry entry, params string[] properties) =>
        entry.State == EntityState.Deleted || properties.Any(p => entry.Property(p).IsModified);

    private static void AddOriginal(EntityEntry entry, string property, HashSet<int> people)
    {
        if (entry.State is EntityState.Modified or EntityState.Deleted && entry.Property(property).OriginalValue is int original)
        {
            people.Add(original);
        }
    }

    /// <summary>Counts these people's evidence again and replaces their tallies (a save of its own: the caller's changes are already saved).</summary>
    public static async Task RefreshAsync(AppDbContext db, IReadOnlyCollection<int> people, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var chunk in people.Chunk(Chunk))
        {
            var ids = chunk.ToList();
            var births = await db.YoungPeople.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.DateOfBirth }).ToListAsync(cancellationToken);
            var evidence = await EvidenceQueries.ItemsAsync(db, db.YoungPeople.Where(p => ids.Contains(p.Id)), now, cancellationToken);
            await db.EvidenceTallies.Where(t => ids.Contains(t.YoungPersonId)).ExecuteDeleteAsync(cancellationToken);
            var rows = births.SelectMany(p => EvidenceTally.Of(p.DateOfBirth, evidence[p.Id]).Select(t => new EvidenceTallyRow
            {
                YoungPersonId = p.Id,
                AcademicYear = t.AcademicYear,
                Items = t.Items,
                Benchmark5 = t.Benchmark5,
                Workplaces = t.Workplaces,
                WorkplacesBefore16 = t.WorkplacesBefore16,
                WorkplacesBefore18 = t.WorkplacesBefore18,
            })).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            db.EvidenceTallies.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    /// <summary>Counts everyone again, a chunk of people at a time.</summary>
    public async Task RebuildAllAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var pending = _pending.GetOrCreateValue(db);
        pending.Refreshing = true;
        try
        {
            var ids = await db.YoungPeople.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
            await db.EvidenceTallies.ExecuteDeleteAsync(cancellationToken);
            await RefreshAsync(db, ids, time.GetUtcNow().UtcDateTime, cancellationToken);
        }
        finally
        {
            pending.Refreshing = false;
        }
    }
}
