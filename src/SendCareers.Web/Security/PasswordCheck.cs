using Microsoft.AspNetCore.Identity;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Security;

/// <summary>
/// Checks a password with the same work whether or not the account exists: for an unknown address the
/// hasher runs against a dummy hash made with the same settings, so a wrong guess takes as long either way.
/// </summary>
public sealed class PasswordCheck(UserManager<AppUser> users)
{
    private static string? dummyHash;

    public async Task<bool> IsRightAsync(AppUser? user, string password)
    {
        if (user is null || string.IsNullOrEmpty(user.PasswordHash))
        {
            // A pending sign-up (no password yet) takes the same path as an unknown address.
            // Made by the app's own hasher, so it costs what a real account's hash costs.
            dummyHash ??= users.PasswordHasher.HashPassword(new AppUser(), Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
            users.PasswordHasher.VerifyHashedPassword(user ?? new AppUser(), dummyHash, password);
            return false;
        }

        return await users.CheckPasswordAsync(user, password);
    }
}
