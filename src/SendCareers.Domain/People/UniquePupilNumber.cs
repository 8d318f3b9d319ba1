namespace SendCareers.Domain.People;

/// <summary>
/// The Department for Education's unique pupil number (UPN): a check letter followed by 12 digits
/// (local authority, school, year of allocation, serial). The check letter is the sum of each later
/// character times its position (2 to 13), modulo 23, read from a 23-letter alphabet without I, O and S.
/// </summary>
public static class UniquePupilNumber
{
    public const int Length = 13;

    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>Reads a UPN typed with any case and spaces; null with a reason when it is not a valid one.</summary>
    public static bool TryParse(string? text, out string upn, out string? error)
    {
        upn = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (upn.Length != Length || !char.IsAsciiLetter(upn[0]) || !upn.Skip(1).All(char.IsAsciiDigit))
        {
            error = "UPN must be a letter followed by 12 digits, like A123456789012";
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

    /// <summary>The check letter for 12 digits; used to make valid test and demo numbers.</summary>
    public static char CheckLetterFor(string twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < twelveDigits.Length; i++)
        {
            sum += (twelveDigits[i] - '0') * (i + 2);
        }

        return CheckLetters[sum % 23];
    }

    public static string Make(string twelveDigits) => CheckLetterFor(twelveDigits) + twelveDigits;
}
