using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

/// <summary>
/// Counts wrong passwords and codes per account <em>and client address</em>: after
/// <see cref="MaxFailures"/> within <see cref="Window"/>, that account is locked for <see cref="LockFor"/>
/// from that address only. A stranger guessing at a known address locks out only themselves; the owner,
/// from their own address, still signs in. Every form that checks a password or a code uses it (sign-in,
/// the sign-in code, turning two-step sign-in off, setting it up), and they share one count per account
/// and address, so moving between forms gains no extra guesses.
/// Unknown addresses are counted exactly like real accounts, so the lock says nothing about who has one.
/// Counts live in the database (table SignInFailures), so they hold across restarts and app instances.
/// </summary>
public sealed class SignInThrottle(IServiceScopeFactory scopes, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    public const string LockedMessage =
        "Too many wrong tries: this account is locked for 15 minutes here. Try again later or reset your password";

    public const string LockedCodeMessage = "Too many wrong tries: this is locked for 15 minutes here. Try again later";

    /// <summary>The account part of the key for a known user.</summary>
    public static string ForUser(string userId) => "user:" + userId;

    /// <summary>The account part of the key for an address with no account (counted all the same).</summary>
    public static string ForUnknownEmail(string email) => "email:" + email.Trim().ToUpperInvariant();

    public static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public async Task<bool> IsLockedAsync(string account, HttpContext http)
    {
        var key = Key(account, Client(http));
        var now = Now();
        return await WithDbAsync(db => db.SignInFailures.AsNoTracking()
            .AnyAsync(f => f.Key == key && f.LockedUntilUtc != null && f.LockedUntilUtc > now));
    }

    /// <summary>Counts one wrong password or code; true when this one locked the account for this client.</summary>
    public async Task<bool> RecordFailureAsync(string account, HttpContext http)
    {
        var key = Key(account, Client(http));
        var now = Now();
        var staleBefore = now - Window;
        var lockUntil = now + LockFor;
        return await WithDbAsync(async db =>
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                // One statement, so parallel guesses cannot each read the same count: a count older than
                // the window (and not locked) starts again at 1.
                var updated = await db.SignInFailures.Where(f => f.Key == key).ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.LockedUntilUtc, f =>
                        f.FirstFailureUtc < staleBefore && (f.LockedUntilUtc == null || f.LockedUntilUtc <= now) ? null
                        : f.Failures + 1 >= MaxFailures ? lockUntil : f.LockedUntilUtc)
                    .SetProperty(f => f.Failures, f =>
                        f.FirstFailureUtc < staleBefore && (f.LockedUntilUtc == null || f.LockedUntilUtc <= now) ? 1 : f.Failures + 1)
                    .SetProperty(f => f.FirstFailureUtc, f =>
                        f.FirstFailureUtc < staleBefore && (f.LockedUntilUtc == null || f.LockedUntilUtc <= now) ? now : f.FirstFailureUtc));
                if (updated > 0)
                {
                    return await db.SignInFailures.AsNoTracking().AnyAsync(f => f.Key == key && f.LockedUntilUtc > now);
                }

                db.SignInFailures.Add(new SignInFailure { Key = key, Failures = 1, FirstFailureUtc = now });
                try
                {
                    await db.SaveChangesAsync();
                    return false;
                }
                catch (DbUpdateException)
                {
                    // Another request made the row first: count on it instead.
                    db.ChangeTracker.Clear();
                }
            }

            return false;
        });
    }

    /// <summary>A right password or code: the count for this account and client starts again.</summary>
    public async Task ClearAsync(string account, HttpContext http)
    {
        var key = Key(account, Client(http));
        var now = Now();
        var dayAgo = now.AddDays(-1);
        await WithDbAsync(async db =>
        {
            await db.SignInFailures.Where(f => f.Key == key).ExecuteDeleteAsync();
            // Old counts of anyone's are tidied away on the way; they would start again at 1 anyway.
            await db.SignInFailures.Where(f => f.FirstFailureUtc < dayAgo && (f.LockedUntilUtc == null || f.LockedUntilUtc < now)).ExecuteDeleteAsync();
            return true;
        });
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Key(string account, string client) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account + "\n" + client)));

    /// <summary>Its own pooled context, so a failed insert never disturbs the page's own unit of work.</summary>
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
