using System.Globalization;
using System.Text;

namespace SendCareers.Web.Security;

/// <summary>
/// What an authenticator app needs: the shared key, shown in groups of four so it can be typed without
/// losing one's place, and the otpauth address that apps accept pasted or as a link.
/// </summary>
public static class AuthenticatorSetup
{
    public const int RecoveryCodeCount = 10;

    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    public static string Address(string issuer, string account, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6");

    /// <summary>Spaces that people type between digits are dropped; anything else is kept for the check.</summary>
    public static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();

    public static bool LooksLikeAuthenticatorCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
