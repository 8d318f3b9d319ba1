namespace SendCareers.Domain.People;

/// <summary>
/// The Department for Education's unique pupil number (UPN): a check letter followed by 12 digits
/// (local authority, school, year of allocation, serial). The check letter is the sum of each later
/// character times its position (2 to 13), modulo 23, read from a 23-letter alphabet without I, O and S.
/// A school gives a temporary UPN while it waits for a permanent one: its last character is a letter from
/// the same alphabet, counted in the sum as its place in that alphabet (A = 0 to Z = 22).
/// </summary>
public static class UniquePupilNumber
{
    public const int Length = 13;

    public const string FormatError = "UPN must be a letter followed by 12 digits, like A123456789012, or by 11 digits and a letter for a temporary UPN";

    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>Reads a UPN typed with any case and spaces; null with a reason when it is not a valid one.</summary>
    public static bool TryParse(string? text, out string upn, out string? error)
    {
        upn = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (upn.Length != Length || !char.IsAsciiLetter(upn[0]) || !upn[1..^1].All(char.IsAsciiDigit)
            || !(char.IsAsciiDigit(upn[^1]) || CheckLetters.Contains(upn[^1], StringComparison.Ordinal)))
        {
            error = FormatError;
            return false;
        }

        if (CheckLetterFor(upn[1..]) != upn[0])
        {
            error = "UPN check letter does not match the digits: check it was copied correctly";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>True for a temporary UPN (one already read by <see cref="TryParse"/>): it ends in a letter.</summary>
    public static bool IsTemporary(string upn) => upn.Length == Length && char.IsAsciiLetter(upn[^1]);

    /// <summary>
    /// The check letter for the 12 characters after it (12 digits, or 11 digits and a letter for a
    /// temporary UPN); used to make valid test and demo numbers.
    /// </summary>
    public static char CheckLetterFor(string twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < twelveDigits.Length; i++)
        {
            var c = twelveDigits[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : CheckLetters.IndexOf(c, StringComparison.Ordinal);
            sum += value * (i + 2);
        }

        return CheckLetters[sum % 23];
    }

    public static string Make(string twelveDigits) => CheckLetterFor(twelveDigits) + twelveDigits;
}
