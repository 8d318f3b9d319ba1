using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web;

/// <summary>
/// Unguessable, expiring, single-purpose tokens for links in e-mails. The link carries only the token;
/// the database keeps only its SHA-256 hash.
/// </summary>
public sealed class TokenService(AppDbContext db, TimeProvider time)
{
    public string Issue(TokenPurpose purpose, string subjectId, TimeSpan lifetime)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        db.SingleUseTokens.Add(new SingleUseToken
        {
            Purpose = purpose,
            TokenHash = Hash(token),
            SubjectId = subjectId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + lifetime,
        });
        return token;
    }

    /// <summary>The live token for this purpose, or null if unknown, used or expired.</summary>
    public async Task<SingleUseToken?> FindValidAsync(TokenPurpose purpose, string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.SingleUseTokens.AsNoTracking().SingleOrDefaultAsync(
            t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAtUtc == null && t.ExpiresAtUtc > now,
            cancellationToken);
    }

    /// <summary>
    /// Marks the token used. Atomic: of two simultaneous requests with the same token, exactly one wins.
    /// Call inside the transaction that does the token's work.
    /// </summary>
    public async Task<bool> TryConsumeAsync(TokenPurpose purpose, string token, CancellationToken cancellationToken = default)
    {
        var hash = Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await db.SingleUseTokens
            .Where(t => t.TokenHash == hash && t.Purpose == purpose && t.UsedAtUtc == null && t.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAtUtc, now), cancellationToken);
        return updated == 1;
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
