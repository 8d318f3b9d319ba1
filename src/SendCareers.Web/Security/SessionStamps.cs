using System.Collections.Concurrent;
using System.Diagnostics;

namespace SendCareers.Web.Security;

/// <summary>
/// The accounts' current security stamps, as this app instance last read them, so the session check on
/// every request is a dictionary look-up rather than a database query (one query costs 0.1–0.2 ms here;
/// see docs/benchmarks.md, "Session check"). Any change this instance makes to an account forgets its
/// entry at once (<see cref="AppUserManager"/>), so here the next request already sees the new stamp.
/// A change made by <em>another</em> instance (several instances on one PostgreSQL) is seen within
/// <see cref="Fresh"/>, when the entry is read again.
/// </summary>
public sealed class SessionStamps
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public async ValueTask<string?> CurrentAsync(string userId, Func<Task<string?>> read)
    {
        if (_entries.TryGetValue(userId, out var entry) && Stopwatch.GetElapsedTime(entry.ReadAt) < Fresh)
        {
            return entry.Stamp;
        }

        // A change that lands while the database is being read must not be cached over: keep what was
        // read only if nothing was forgotten in the meantime.
        var generation = Interlocked.Read(ref _generation);
        var stamp = await read();
        if (Interlocked.Read(ref _generation) == generation)
        {
            _entries[userId] = new Entry(stamp, Stopwatch.GetTimestamp());
        }

        return stamp;
    }

    public void Forget(string userId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(userId, out _);
    }

    private sealed record Entry(string? Stamp, long ReadAt);
}
