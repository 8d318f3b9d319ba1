using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SendCareers.Domain.Places;

/// <summary>A UK postcode in its normal written form, e.g. "LS1 4AP", with its outward code "LS1".</summary>
public sealed partial record Postcode
{
    private Postcode(string outward, string inward)
    {
        Outward = outward;
        Inward = inward;
    }

    public string Outward { get; }

    public string Inward { get; }

    public override string ToString() => $"{Outward} {Inward}";

    /// <summary>
    /// Accepts any spacing and case ("ls14ap", " LS1  4ap ") and returns the normal form, or false when
    /// the text is not shaped like a UK postcode.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Postcode? postcode)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 16)
        {
            return false;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var match = Shape().Match(compact);
        if (!match.Success)
        {
            return false;
        }

        postcode = new Postcode(match.Groups["out"].Value, match.Groups["in"].Value);
        return true;
    }

    /// <summary>Checks only the outward part ("LS1", "sw1a"), for fields that hold an area rather than an address.</summary>
    public static bool TryParseOutward(string? text, [NotNullWhen(true)] out string? outward)
    {
        outward = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 8)
        {
            return false;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (!OutwardShape().IsMatch(compact))
        {
            return false;
        }

        outward = compact;
        return true;
    }

    // Outward: A9, A99, AA9, AA99, A9A, AA9A. Inward: 9AA. GIR 0AA is the one historic exception.
    [GeneratedRegex(@"^(?<out>[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)(?<in>[0-9][A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^([A-Z]{1,2}[0-9][A-Z0-9]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex OutwardShape();
}
